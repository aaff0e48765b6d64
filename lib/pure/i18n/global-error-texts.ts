// The last-resort error page's words (app/global-error.tsx) in all three languages: it shows
// when the root layout failed, so the server chose no language. The browser picks one from the
// language cookie or its own languages (globalErrorLanguage); without either, all three show.
// Held equal to the catalogues' feilside.klient by error-texts.test.ts.
import { isLocale, LANGUAGE_COOKIE, type Locale } from './locales';

/** Before Next's digest, which matches the server log line; once, in bokmål, the page's main language. */
export const GLOBAL_ERROR_REFERENCE = 'Referanse:';

export const GLOBAL_ERROR_TEXTS: readonly { lang: Locale; title: string; globalText: string; home: string; reference: string }[] = [
  { lang: 'nb', title: 'Noe gikk galt', globalText: 'Brobygger klarte ikke å vise siden. Prøv igjen om litt, eller kontakt systemforvalteren.', home: 'Gå til forsiden', reference: 'Referanse:' },
  { lang: 'nn', title: 'Noko gjekk gale', globalText: 'Brobygger klarte ikkje å vise sida. Prøv igjen om litt, eller kontakt systemforvaltaren.', home: 'Gå til framsida', reference: 'Referanse:' },
  { lang: 'en', title: 'Something went wrong', globalText: 'Brobygger could not show the page. Try again in a little while, or contact the system administrator.', home: 'Go to the front page', reference: 'Reference:' },
];

/** A browser language tag as one of ours: nb-NO and no -> nb, nn-NO -> nn, en-GB -> en; null for others. */
function localeOfTag(tag: string): Locale | null {
  const primary = tag.toLowerCase().split('-')[0];
  if (primary === 'no') return 'nb';
  return isLocale(primary) ? primary : null;
}

/**
 * The page's language: the language cookie (set by the language switcher), else the first of
 * the browser's languages that is one of ours; null when neither says (the page shows all three).
 */
export function globalErrorLanguage(cookie: string, languages: readonly string[]): Locale | null {
  for (const part of cookie.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE && isLocale(value)) return value;
  }
  for (const tag of languages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return null;
}
