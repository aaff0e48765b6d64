// How dates and numbers look in each language: the named formats next-intl's formatter uses
// (lib/server/i18n/request.ts) and lib/pure/format.ts's helpers for code outside a component. Norwegian
// users (and Excel) expect dd.mm.åååå; English gets the month's name, so 05.12 and 12/05
// cannot be mistaken for each other. Every time is Norway's.
import type { DateTimeFormatOptions, Formats } from 'next-intl';
import type { Locale } from './locales';

export const TIME_ZONE = 'Europe/Oslo';

const NORWEGIAN_DATE: DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const ENGLISH_DATE: DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

export function dateOptions(locale: Locale): DateTimeFormatOptions {
  return locale === 'en' ? ENGLISH_DATE : NORWEGIAN_DATE;
}

export const DATE_TIME_OPTIONS: DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** next-intl's named formats: format.dateTime(d, 'date'), format.number(n, 'integer'). */
export function formatsFor(locale: Locale): Formats {
  return {
    dateTime: { date: dateOptions(locale), dateTime: DATE_TIME_OPTIONS },
    number: { integer: { maximumFractionDigits: 0 }, decimal: { maximumFractionDigits: 1 } },
  };
}

/** A calendar date (YYYY-MM-DD) as an instant that is that same day in Norway (noon UTC). */
export function dateOfIso(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}
