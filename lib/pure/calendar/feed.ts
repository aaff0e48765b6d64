// Builds a personal iCalendar feed (RFC 5545) from calendar items with ical-generator.
// Every item is an all-day event on a Norwegian calendar day; the UID is derived from the
// item's id only, so a client updates the same event when an occurrence is logged or moved.
// Titles and descriptions are in the feed owner's language (the `kalender` namespace; the
// route looks it up, as for e-mails, since calendar programs send no session), bokmål by default.
import ical, { ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
import type { OccurrenceStatus } from '@/lib/pure/domain/dossier';
import { addDays, type IsoDate } from '@/lib/pure/domain/iso-date';
import { formatDate } from '@/lib/pure/format';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { capitalise, type AnchoringItem, type CalendarItem, type DeadlineItem } from './items';

export type CalendarMessageKey = MessageKeys<Messages['kalender'], NestedKeyOf<Messages['kalender']>>;

/** The feed's words and date style in one language. */
export interface CalendarLanguage {
  locale: Locale;
  t: (key: CalendarMessageKey, values?: Record<string, string | number>) => string;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'kalender' });

export const BOKMAAL_CALENDAR: CalendarLanguage = { locale: 'nb', t: (key, values) => bokmaal(key, values) };

export function calendarLanguage(locale: Locale): CalendarLanguage {
  if (locale === 'nb') return BOKMAAL_CALENDAR;
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'kalender' });
  return { locale, t: (key, values) => t(key, values) };
}

export const FEED_TIMEZONE = 'Europe/Oslo';

export interface FeedOptions {
  /** DTSTAMP of every event. */
  now: Date;
  /** Public address of the installation, for links back to Brobygger (no trailing slash). */
  baseUrl: string;
  /** The feed owner's language; bokmål when left out. */
  lang?: CalendarLanguage;
}

const EVENT_STATUS: Record<OccurrenceStatus, ICalEventStatus> = {
  planlagt: ICalEventStatus.CONFIRMED,
  holdt: ICalEventStatus.CONFIRMED,
  utsatt: ICalEventStatus.TENTATIVE,
  ikke_holdt: ICalEventStatus.CANCELLED,
};

/** The event's UID: stable per item, unique per installation's items. */
export function eventUid(item: Pick<CalendarItem, 'type' | 'id'>): string {
  return `${item.type}-${item.id}@brobygger`;
}

/**
 * A calendar day as a Date at UTC midnight. Without a calendar-level time zone, ical-generator
 * writes all-day dates from the UTC date parts, so this yields the right VALUE=DATE whatever
 * time zone the server runs in (and DTSTAMP stays in UTC, as RFC 5545 requires).
 */
function day(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function cooperationLink(baseUrl: string, cooperationId: string): string {
  return `${baseUrl}/samarbeid/${cooperationId}`;
}

function anchoringEvent(item: AnchoringItem, options: FeedOptions): ICalEventData {
  // Held: the day it was held. Moved: the new day (the log keeps it in heldDate), so the
  // subscriber's calendar moves with it.
  const date = (item.status === 'holdt' || item.status === 'utsatt') && item.heldDate ? item.heldDate : item.dueDate;
  const { t, locale } = options.lang ?? BOKMAAL_CALENDAR;
  const body = capitalise(item.body);
  const status =
    item.status === 'holdt'
      ? `${t('status.holdt')}${item.heldDate ? ` ${formatDate(item.heldDate, locale)}` : ''}${item.saksnummer ? ` ${t('caseRef', { saksnummer: item.saksnummer })}` : ''}`
      : item.status === 'utsatt' && item.heldDate
        ? t('movedTo', { date: formatDate(item.heldDate, locale) })
        : t(`status.${item.status}`);
  const url = cooperationLink(options.baseUrl, item.cooperationId);
  const lines = [
    t('cooperation', { name: item.cooperationName }),
    t('member', { name: item.memberName }),
    t('anchoring', { kind: t(`kind.${item.kind}`), level: t(`level.${item.level}`), body }),
    t('deadline', { date: formatDate(item.dueDate, locale) }),
    t('statusLine', { status }),
    ...(item.minutesUrl ? [t('minutes', { url: item.minutesUrl })] : []),
    t('open', { url }),
  ];
  return {
    id: eventUid(item),
    allDay: true,
    start: day(date),
    end: day(addDays(date, 1)),
    summary: t('summaryAnchoring', { prefix: t(`prefix.${item.status}`), body, member: item.memberName, cooperation: item.cooperationName }),
    description: lines.join('\n'),
    url,
    status: EVENT_STATUS[item.status],
    transparency: ICalEventTransparency.TRANSPARENT,
    stamp: options.now,
  };
}

function deadlineEvent(item: DeadlineItem, options: FeedOptions): ICalEventData {
  const { t, locale } = options.lang ?? BOKMAAL_CALENDAR;
  const url = cooperationLink(options.baseUrl, item.cooperationId);
  // An evaluation's answer deadline is worded here, in the owner's language; other deadlines bring their own words.
  const evaluation = item.evaluationRound !== undefined;
  const title = evaluation ? t('evaluationTitle', { round: item.evaluationRound! }) : item.title;
  const details = evaluation ? [t('evaluationDetails')] : item.details;
  const lines = [t('cooperation', { name: item.cooperationName }), t('deadline', { date: formatDate(item.dueDate, locale) }), ...details, t('open', { url })];
  return {
    id: eventUid(item),
    allDay: true,
    start: day(item.dueDate),
    end: day(addDays(item.dueDate, 1)),
    summary: t('summaryDeadline', { title, cooperation: item.cooperationName }),
    description: lines.join('\n'),
    url,
    status: ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
    stamp: options.now,
  };
}

/** The whole feed as iCalendar text. */
export function buildCalendarFeed(items: readonly CalendarItem[], options: FeedOptions): string {
  const lang = options.lang ?? BOKMAAL_CALENDAR;
  const calendar = ical({
    name: 'Brobygger',
    description: lang.t('description'),
    prodId: { company: 'Brobygger', product: 'Kalender', language: lang.locale.toUpperCase() },
    // All-day events need no VTIMEZONE; the hint tells clients which zone the days belong to.
    x: [['X-WR-TIMEZONE', FEED_TIMEZONE]],
    // Ask clients that honour it (Outlook, Apple) to refresh hourly.
    ttl: 60 * 60,
  });
  for (const item of items) {
    calendar.createEvent(item.type === 'forankring' ? anchoringEvent(item, options) : deadlineEvent(item, options));
  }
  return calendar.toString();
}
