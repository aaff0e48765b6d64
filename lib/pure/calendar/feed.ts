// Builds a personal iCalendar feed (RFC 5545) from calendar items with ical-generator.
// Every item is an all-day event on a Norwegian calendar day; the UID is derived from the
// item's id only, so a client updates the same event when an occurrence is logged or moved.
import ical, { ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import type { OccurrenceStatus } from '@/lib/pure/domain/dossier';
import { addDays, formatDateNb, type IsoDate } from '@/lib/pure/domain/iso-date';
import { capitalise, KIND_LABELS, LEVEL_LABELS, OCCURRENCE_STATUS_LABELS, type AnchoringItem, type CalendarItem, type DeadlineItem } from './items';

export const FEED_TIMEZONE = 'Europe/Oslo';

export interface FeedOptions {
  /** DTSTAMP of every event. */
  now: Date;
  /** Public address of the installation, for links back to Brobygger (no trailing slash). */
  baseUrl: string;
}

const EVENT_STATUS: Record<OccurrenceStatus, ICalEventStatus> = {
  planlagt: ICalEventStatus.CONFIRMED,
  holdt: ICalEventStatus.CONFIRMED,
  utsatt: ICalEventStatus.TENTATIVE,
  ikke_holdt: ICalEventStatus.CANCELLED,
};

const SUMMARY_PREFIX: Record<OccurrenceStatus, string> = {
  planlagt: 'Forankring',
  holdt: 'Holdt',
  utsatt: 'Utsatt',
  ikke_holdt: 'Ikke holdt',
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
  const body = capitalise(item.body);
  const status = OCCURRENCE_STATUS_LABELS[item.status];
  const statusLine =
    item.status === 'holdt'
      ? `Status: Holdt${item.heldDate ? ` ${formatDateNb(item.heldDate)}` : ''}${item.saksnummer ? ` (sak ${item.saksnummer})` : ''}`
      : item.status === 'utsatt' && item.heldDate
        ? `Status: Flyttet til ${formatDateNb(item.heldDate)}`
        : `Status: ${status}`;
  const url = cooperationLink(options.baseUrl, item.cooperationId);
  const lines = [
    `Samarbeid: ${item.cooperationName}`,
    `Medlem: ${item.memberName}`,
    `Forankring: ${KIND_LABELS[item.kind]}, ${LEVEL_LABELS[item.level]} – ${body}`,
    `Frist: ${formatDateNb(item.dueDate)}`,
    statusLine,
    ...(item.minutesUrl ? [`Referat: ${item.minutesUrl}`] : []),
    `Åpne i Brobygger: ${url}`,
  ];
  return {
    id: eventUid(item),
    allDay: true,
    start: day(date),
    end: day(addDays(date, 1)),
    summary: `${SUMMARY_PREFIX[item.status]}: ${body} (${item.memberName}) – ${item.cooperationName}`,
    description: lines.join('\n'),
    url,
    status: EVENT_STATUS[item.status],
    transparency: ICalEventTransparency.TRANSPARENT,
    stamp: options.now,
  };
}

function deadlineEvent(item: DeadlineItem, options: FeedOptions): ICalEventData {
  const url = cooperationLink(options.baseUrl, item.cooperationId);
  const lines = [`Samarbeid: ${item.cooperationName}`, `Frist: ${formatDateNb(item.dueDate)}`, ...item.details, `Åpne i Brobygger: ${url}`];
  return {
    id: eventUid(item),
    allDay: true,
    start: day(item.dueDate),
    end: day(addDays(item.dueDate, 1)),
    summary: `Frist: ${item.title} – ${item.cooperationName}`,
    description: lines.join('\n'),
    url,
    status: ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
    stamp: options.now,
  };
}

/** The whole feed as iCalendar text. */
export function buildCalendarFeed(items: readonly CalendarItem[], options: FeedOptions): string {
  const calendar = ical({
    name: 'Brobygger',
    description: 'Forankringspunkter og frister i samarbeidene dine i Brobygger.',
    prodId: { company: 'Brobygger', product: 'Kalender', language: 'NB' },
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
