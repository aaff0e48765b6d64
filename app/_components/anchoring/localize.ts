// Server side of the anchoring calendar's language: the words the client components get
// (namespace `forankring`), and the rows' texts that lib/pure/calendar writes in bokmål (the
// event an occurrence comes from, why a row cannot be logged) put in the page's language.
import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { OccurrenceRow } from '@/db/queries/follow-up';
import { CLOSED_REASON, type CalendarRow } from '@/lib/pure/calendar/calendar-rows';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { CalendarWords } from './calendar-words';

export async function calendarWords(): Promise<CalendarWords> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('forankring')]);
  return calendarWordsFrom(t, locale);
}

type AnchoringWords = Awaited<ReturnType<typeof getTranslations<'forankring'>>>;

/** The words from a translator of the `forankring` namespace (pure, for tests too). */
export function calendarWordsFrom(t: AnchoringWords, locale: Locale): CalendarWords {
  const raw = (key: Parameters<typeof t.raw>[0]) => t.raw(key) as string;
  const monthName = new Intl.DateTimeFormat(locale === 'nn' ? 'nn' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return {
    locale,
    months: locale === 'nb' ? null : Array.from({ length: 12 }, (_, m) => monthName.format(new Date(Date.UTC(2026, m, 15)))),
    none: t('kalender.none'),
    caption: raw('kalender.caption'),
    due: raw('kalender.due'),
    dialogDue: raw('kalender.dialogDue'),
    buttonLabel: raw('kalender.buttonLabel'),
    date: t('kalender.date'),
    cooperation: t('kalender.cooperation'),
    body: t('kalender.body'),
    member: t('kalender.member'),
    status: t('kalender.status'),
    action: t('kalender.action'),
    register: t('kalender.register'),
    change: t('kalender.change'),
    politisk: t('kalender.politisk'),
    administrativ: t('kalender.administrativ'),
    formell: t('kalender.formell'),
    uformell: t('kalender.uformell'),
    visning: { planlagt: t('visning.planlagt'), forfalt: t('visning.forfalt'), holdt: t('visning.holdt'), utsatt: t('visning.utsatt'), ikke_holdt: t('visning.ikke_holdt') },
    detaljer: {
      newDate: raw('detaljer.newDate'),
      caseNumber: raw('detaljer.caseNumber'),
      minutes: t('detaljer.minutes'),
      minutesFor: raw('detaljer.minutesFor'),
      loggedBy: raw('detaljer.loggedBy'),
      note: raw('detaljer.note'),
    },
    logg: {
      question: t('logg.question'),
      holdt: t('logg.holdt'),
      ikke_holdt: t('logg.ikke_holdt'),
      utsatt: t('logg.utsatt'),
      heldDate: t('logg.heldDate'),
      caseNumber: t('logg.caseNumber'),
      caseHint: t('logg.caseHint'),
      minutes: t('logg.minutes'),
      newDate: t('logg.newDate'),
      whyMoved: t('logg.whyMoved'),
      whyNot: t('logg.whyNot'),
      comment: t('logg.comment'),
      save: t('logg.save'),
      cancel: t('logg.cancel'),
      doneHoldt: raw('logg.doneHoldt'),
      doneIkkeHoldt: raw('logg.doneIkkeHoldt'),
      doneUtsatt: raw('logg.doneUtsatt'),
    },
  };
}

/** The rows with their event label and no-log reason in the page's language (bokmål unchanged). */
export async function localizeRows(rows: CalendarRow[], occurrences: readonly Pick<OccurrenceRow, 'id' | 'event' | 'eventDate'>[]): Promise<CalendarRow[]> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('forankring')]);
  if (locale === 'nb') return rows;
  const byId = new Map(occurrences.map((o) => [o.id, o]));
  return rows.map((r) => {
    const o = byId.get(r.id);
    const eventLabel = o?.event ? `${t(`hendelse.${o.event}.label`)}${o.eventDate ? ` ${formatDate(o.eventDate, locale)}` : ''}` : null;
    const noLogReason = r.canLog ? null : r.noLogReason === CLOSED_REASON ? t('kalender.closed') : t('kalender.notYours', { name: r.memberName });
    return { ...r, eventLabel, noLogReason };
  });
}
