// The last-resort error page's words (app/global-error.tsx) in all three languages: it shows
// when the root layout failed, so no language was chosen. Held equal to the catalogues'
// feilside.klient by error-texts.test.ts.
import type { Locale } from './locales';

/** Before Next's digest, which matches the server log line; once, in bokmål, the page's main language. */
export const GLOBAL_ERROR_REFERENCE = 'Referanse:';

export const GLOBAL_ERROR_TEXTS: readonly { lang: Locale; title: string; globalText: string; home: string }[] = [
  { lang: 'nb', title: 'Noe gikk galt', globalText: 'Brobygger klarte ikke å vise siden. Prøv igjen om litt, eller kontakt systemforvalteren.', home: 'Gå til forsiden' },
  { lang: 'nn', title: 'Noko gjekk gale', globalText: 'Brobygger klarte ikkje å vise sida. Prøv igjen om litt, eller kontakt systemforvaltaren.', home: 'Gå til framsida' },
  { lang: 'en', title: 'Something went wrong', globalText: 'Brobygger could not show the page. Try again in a little while, or contact the system administrator.', home: 'Go to the front page' },
];
