// The words of the error boundaries (app/error.tsx, app/global-error.tsx). Those are client
// components that Next renders with nothing but the error, no server parent can hand them
// their words as props, and every page ships them (the JavaScript budget is tight), so:
// - app/error.tsx shows inside the root layout, which leaves the words in the request's
//   language in the page (app/_components/error-words.tsx, from the catalogues' feilside.klient);
//   the boundary reads them from there, and carries only bokmål, for when they are absent;
// - app/global-error.tsx shows when the root layout itself failed, when no language is known:
//   it says the little it has to say in all three languages.
// The copies here are held equal to the catalogues by error-texts.test.ts. Plain text, no ICU.
export interface ErrorTexts {
  title: string;
  text: string;
  reference: string;
  retry: string;
}

export const BOKMAAL_ERROR_TEXTS: ErrorTexts = {
  title: 'Noe gikk galt',
  text: 'Vi klarte ikke å vise siden akkurat nå. Ingenting du har lagret er tapt. Prøv igjen, og ta kontakt med systemforvalteren hvis feilen fortsetter.',
  reference: 'Referanse:',
  retry: 'Prøv igjen',
};

/** The element the root layout leaves the words in (as data-lang, data-title, data-text …). */
export const ERROR_WORDS_ID = 'feilside-ord';

/** The words the layout left (an element's dataset: it leaves all of them or none); otherwise bokmål. */
export function errorTexts(words: (Partial<ErrorTexts> & { lang?: string }) | null | undefined): { lang: string; texts: ErrorTexts } {
  return words?.lang ? { lang: words.lang, texts: words as ErrorTexts } : { lang: 'nb', texts: BOKMAAL_ERROR_TEXTS };
}
