// The words of the error boundaries (app/error.tsx, app/global-error.tsx). Those are client
// components that Next renders with nothing but the error: no server parent can hand them
// their words, and the translation runtime and catalogues stay off the browser. So they carry
// this small copy of the catalogues' `feilside.klient` messages, which a test
// (error-texts.test.ts) holds equal to the catalogues; plain text, no ICU.
import { isLocale, type Locale } from './locales';

export interface ErrorTexts {
  title: string;
  text: string;
  reference: string;
  retry: string;
  globalText: string;
  home: string;
}

export const ERROR_TEXTS: Readonly<Record<Locale, ErrorTexts>> = {
  nb: {
    title: 'Noe gikk galt',
    text: 'Vi klarte ikke å vise siden akkurat nå. Ingenting du har lagret er tapt. Prøv igjen, og ta kontakt med systemforvalteren hvis feilen fortsetter.',
    reference: 'Referanse:',
    retry: 'Prøv igjen',
    globalText: 'Brobygger klarte ikke å vise siden. Prøv igjen om litt, eller kontakt systemforvalteren.',
    home: 'Gå til forsiden',
  },
  nn: {
    title: 'Noko gjekk gale',
    text: 'Vi klarte ikkje å vise sida akkurat no. Ingenting du har lagra, er tapt. Prøv igjen, og ta kontakt med systemforvaltaren viss feilen held fram.',
    reference: 'Referanse:',
    retry: 'Prøv igjen',
    globalText: 'Brobygger klarte ikkje å vise sida. Prøv igjen om litt, eller kontakt systemforvaltaren.',
    home: 'Gå til framsida',
  },
  en: {
    title: 'Something went wrong',
    text: 'We could not show the page just now. Nothing you have saved is lost. Try again, and contact the system administrator if the error persists.',
    reference: 'Reference:',
    retry: 'Try again',
    globalText: 'Brobygger could not show the page. Try again in a little while, or contact the system administrator.',
    home: 'Go to the front page',
  },
};

/**
 * The language of an error page. `pageLang` is the <html lang> the root layout set for this
 * request (the language chosen on the server: profile, switcher, målform, browser); when the
 * root layout itself failed there is none of ours, and the browser's languages decide, as they
 * do before anyone has chosen. Bokmål when nothing matches.
 */
export function errorLocale(pageLang: string | null | undefined, browserLanguages: readonly string[] = []): Locale {
  if (isLocale(pageLang)) return pageLang;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'nn' || primary === 'en') return primary;
  }
  return 'nb';
}
