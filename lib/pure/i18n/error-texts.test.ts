import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { placeholders } from './catalogue-check';
import { BOKMAAL_ERROR_TEXTS, errorTexts } from './error-texts';
import { GLOBAL_ERROR_REFERENCE, GLOBAL_ERROR_TEXTS, globalErrorLanguage } from './global-error-texts';
import { LOCALES } from './locales';

describe('the error pages’ words', () => {
  it('in bokmål are the catalogue’s feilside.klient messages, word for word', () => {
    const { title, text, reference, retry } = CATALOGUES.nb.feilside.klient;
    expect(BOKMAAL_ERROR_TEXTS).toEqual({ title, text, reference, retry });
  });

  it('on the last-resort page are the catalogues’ messages in nb, nn and en', () => {
    expect(GLOBAL_ERROR_TEXTS.map((t) => t.lang)).toEqual([...LOCALES]);
    for (const { lang, ...texts } of GLOBAL_ERROR_TEXTS) {
      const { title, globalText, home, reference } = CATALOGUES[lang].feilside.klient;
      expect(texts).toEqual({ title, globalText, home, reference });
    }
    expect(GLOBAL_ERROR_REFERENCE).toBe(CATALOGUES.nb.feilside.klient.reference);
  });

  it('are plain text in every language: the browser formats nothing', () => {
    for (const locale of LOCALES) for (const [key, text] of Object.entries(CATALOGUES[locale].feilside.klient)) expect(placeholders(text), `${locale} ${key}`).toEqual([]);
  });
});

describe('errorTexts', () => {
  const nynorsk = { lang: 'nn', title: 'Noko gjekk gale', text: 'Vi klarte ikkje å vise sida.', reference: 'Referanse:', retry: 'Prøv igjen' };

  it('takes the words the layout left in the page, with their language', () => {
    const { lang, texts } = errorTexts(nynorsk);
    expect(lang).toBe('nn');
    expect(texts).toMatchObject({ title: 'Noko gjekk gale', text: 'Vi klarte ikkje å vise sida.', reference: 'Referanse:', retry: 'Prøv igjen' });
  });

  it('falls back to bokmål when the layout left none (a bokmål page, or the words’ element is gone)', () => {
    expect(errorTexts(null)).toEqual({ lang: 'nb', texts: BOKMAAL_ERROR_TEXTS });
    expect(errorTexts(undefined)).toEqual({ lang: 'nb', texts: BOKMAAL_ERROR_TEXTS });
    expect(errorTexts({})).toEqual({ lang: 'nb', texts: BOKMAAL_ERROR_TEXTS });
  });
});

describe('globalErrorLanguage', () => {
  it('takes the language cookie first, then the browser\'s languages', () => {
    expect(globalErrorLanguage('a=1; sprak=nn; b=2', ['en-GB'])).toBe('nn');
    expect(globalErrorLanguage('sprak=de', ['de-DE', 'en-GB', 'nb'])).toBe('en');
    expect(globalErrorLanguage('', ['no'])).toBe('nb');
    expect(globalErrorLanguage('', ['nn-NO'])).toBe('nn');
  });

  it('knows none when neither says (the page then shows all three)', () => {
    expect(globalErrorLanguage('', [])).toBeNull();
    expect(globalErrorLanguage('sprakx=en', ['de', 'sv-SE'])).toBeNull();
  });
});
