// How a request's language is chosen, as pure functions (no I/O): the signed-in user's
// profile language, then the language switcher's cookie, then — on a municipality's /innsyn
// pages — the municipality's målform, then the browser's Accept-Language, then bokmål.
// lib/server/i18n/request.ts gathers the facts and calls resolveLocale.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, isLocale, localeOfMaalform, LOCALES, type Locale, type Maalform } from './locales';

/**
 * The best of our languages for an Accept-Language header (RFC 4647 lookup with CLDR's
 * language distances: "no" and "nb-NO" are bokmål, "nn-NO" nynorsk, "en-GB" English), or null
 * when the browser asks for none of them.
 */
export function browserLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const asked = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter((l) => l !== '*');
  if (asked.length === 0) return null;
  try {
    const best = match(asked, LOCALES as unknown as string[], '');
    return isLocale(best) ? best : null;
  } catch {
    // A malformed language tag: as if the header were absent.
    return null;
  }
}

export interface LocaleFacts {
  /** The signed-in user's profile language; null or undefined when none is chosen or nobody is signed in. */
  userLanguage?: string | null;
  /** The switcher's cookie, as sent (anything may be in it). */
  cookie?: string | null;
  /** On a municipality's /innsyn page: its målform. */
  maalform?: Maalform | null;
  acceptLanguage?: string | null;
}

export function resolveLocale(facts: LocaleFacts): Locale {
  if (isLocale(facts.userLanguage)) return facts.userLanguage;
  if (isLocale(facts.cookie)) return facts.cookie;
  if (facts.maalform) {
    const fromMaalform = localeOfMaalform(facts.maalform);
    if (fromMaalform) return fromMaalform;
  }
  return browserLocale(facts.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The municipality whose målform sets the default language of a public page: the one a
 * /innsyn/kommune/<nr> page is about, or the one a visitor came from to a cooperation's public
 * page (?fra=<nr>). Null everywhere else.
 */
export function maalformScope(path: string, search: string): string | null {
  const own = /^\/innsyn\/kommune\/(\d{2}|\d{4})(?:\/|$)/.exec(path);
  if (own) return own[1]!;
  if (/^\/innsyn\/samarbeid\/[^/]+\/?$/.test(path)) {
    const from = new URLSearchParams(search).get('fra');
    if (from && /^(\d{2}|\d{4})$/.test(from)) return from;
  }
  return null;
}
