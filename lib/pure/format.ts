// Formatting of dates and numbers for display (Intl, Europe/Oslo), in the reader's language.
// Components under next-intl use its formatter with the same named formats (lib/pure/i18n/formats.ts);
// these helpers serve code outside a component (CSV, e-mail) and the pages not yet translated,
// which is why the language is optional and bokmål when left out.
import { DATE_TIME_OPTIONS, dateOfIso, dateOptions, TIME_ZONE } from './i18n/formats';
import type { Locale } from './i18n/locales';

const INTL_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...(kind === 'date' ? dateOptions(locale) : DATE_TIME_OPTIONS), timeZone: TIME_ZONE });
    cache.set(key, f);
  }
  return f;
}

export function formatDateTime(value: Date | string, locale: Locale = 'nb'): string {
  return dateFormat(locale, 'dateTime').format(typeof value === 'string' ? new Date(value) : value);
}

/** dd.mm.åååå in Norwegian, the form Norwegian users (and Excel) expect; "5 Dec 2026"-like in English. */
export function formatDate(value: Date | string, locale: Locale = 'nb'): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (locale !== 'en') {
      const [y, m, d] = value.split('-');
      return `${d}.${m}.${y}`;
    }
    return dateFormat(locale, 'date').format(dateOfIso(value));
  }
  return dateFormat(locale, 'date').format(typeof value === 'string' ? new Date(value) : value);
}

export function formatPopulation(n: number, locale: Locale = 'nb'): string {
  const key = `integer:${locale}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
    cache.set(key, f);
  }
  return f.format(n);
}
