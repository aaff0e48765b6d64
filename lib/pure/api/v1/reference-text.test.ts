// The API reference page's descriptions: every one has its translation in nb, nn and en, the
// bokmål entries are the OpenAPI document's own words, and the catalogue holds nothing the
// document no longer says.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/server/api/v1/openapi';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { flatten, placeholders } from '@/lib/pure/i18n/catalogue-check';
import { LOCALES } from '@/lib/pure/i18n/locales';
import { apiReference } from './reference';
import { describedPlaces, docKey, docKeys, docText } from './reference-text';

const places = describedPlaces(apiReference(openApiDocument()));

describe('the API reference in three languages', () => {
  it('finds every description of the document', () => {
    expect(places.length).toBeGreaterThan(100);
  });

  it.each(LOCALES)('has every description in %s', (locale) => {
    const doc = CATALOGUES[locale].apiDok.doc;
    const missing = places.filter(({ place }) => docKey(place, doc) === null).map(({ place, text }) => `${docKeys(place)[0]}: ${text}`);
    expect(missing).toEqual([]);
  });

  it('says in bokmål exactly what the OpenAPI document says', () => {
    const doc = CATALOGUES.nb.apiDok.doc;
    const differing = places.filter(({ place, text }) => docText(place, text, doc) !== text).map(({ place, text }) => `${docKey(place, doc)}: «${docText(place, text, doc)}» ≠ «${text}»`);
    expect(differing).toEqual([]);
  });

  it('keeps no description the document no longer has', () => {
    const used = new Set(places.map(({ place }) => docKey(place, CATALOGUES.nb.apiDok.doc)));
    expect([...flatten(CATALOGUES.nb.apiDok.doc).keys()].filter((key) => !used.has(key))).toEqual([]);
  });

  it('holds plain text, which the page shows as it is', () => {
    for (const locale of LOCALES) for (const [key, text] of flatten(CATALOGUES[locale].apiDok.doc)) expect(placeholders(text), `${locale} ${key}`).toEqual([]);
  });
});

describe('docText', () => {
  const doc = { felt: { date: 'Date.' }, skjemafelt: { Minutes: { url: 'The minutes.' } }, svar: { r500: 'Our error.' }, op: { get: { r404: 'Not here.' } } };

  it('takes the place’s own text before the shared one', () => {
    expect(docText({ kind: 'field', schema: 'Minutes', field: 'url' }, 'Referatet.', { ...doc, felt: { ...doc.felt, url: 'Link.' } })).toBe('The minutes.');
    expect(docText({ kind: 'field', schema: 'Body', field: 'date' }, 'Dato.', doc)).toBe('Date.');
    expect(docText({ kind: 'response', op: 'get', status: '404' }, 'Finnes ikke.', doc)).toBe('Not here.');
    expect(docText({ kind: 'response', op: 'get', status: '500' }, 'Feil hos oss.', doc)).toBe('Our error.');
  });

  it('falls back to the document’s words, and leaves an empty description empty', () => {
    expect(docText({ kind: 'param', name: 'limit' }, 'Antall.', doc)).toBe('Antall.');
    expect(docText({ kind: 'schema', name: 'Body' }, '', doc)).toBe('');
  });
});
