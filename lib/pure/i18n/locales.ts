// The three languages, the municipalities' målformer and the language cookie: constants the
// database schema, the pages and the locale resolution (lib/pure/i18n/resolve.ts) share.

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

/** The cookie the language switcher sets (app/sprak/[kode]/route.ts). */
export const LANGUAGE_COOKIE = 'sprak';

/** A municipality's written standard; nøytral leaves the choice to the visitor's browser. */
export const MAALFORMER = ['bokmal', 'nynorsk', 'noytral'] as const;
export type Maalform = (typeof MAALFORMER)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMaalform(value: unknown): value is Maalform {
  return typeof value === 'string' && (MAALFORMER as readonly string[]).includes(value);
}

/** bokmål -> nb, nynorsk -> nn, nøytral -> null (the browser decides). */
export function localeOfMaalform(maalform: Maalform): Locale | null {
  return maalform === 'bokmal' ? 'nb' : maalform === 'nynorsk' ? 'nn' : null;
}

/** Each language named in itself, as a language switcher shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
