import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { placeholders } from './catalogue-check';
import { ERROR_TEXTS, errorLocale } from './error-texts';
import { LOCALES } from './locales';

describe('the error pages’ words', () => {
  it.each(LOCALES)('are the catalogue’s feilside.klient messages in %s, word for word', (locale) => {
    expect(ERROR_TEXTS[locale]).toEqual(CATALOGUES[locale].feilside.klient);
  });

  it('are plain text: the browser formats nothing', () => {
    for (const locale of LOCALES) for (const text of Object.values(ERROR_TEXTS[locale])) expect(placeholders(text), text).toEqual([]);
  });
});

describe('errorLocale', () => {
  it('follows the language the server chose for the page', () => {
    expect(errorLocale('nn', ['en-GB'])).toBe('nn');
    expect(errorLocale('en', ['nb-NO'])).toBe('en');
    expect(errorLocale('nb', ['nn'])).toBe('nb');
  });

  it('asks the browser when the page has no language of ours', () => {
    expect(errorLocale('', ['nn-NO', 'nb'])).toBe('nn');
    expect(errorLocale(null, ['de-DE', 'en-US'])).toBe('en');
    expect(errorLocale(undefined, ['no'])).toBe('nb');
    expect(errorLocale('de', ['NB-no'])).toBe('nb');
  });

  it('falls back to bokmål', () => {
    expect(errorLocale(null, ['de', 'fr'])).toBe('nb');
    expect(errorLocale(null)).toBe('nb');
  });
});
