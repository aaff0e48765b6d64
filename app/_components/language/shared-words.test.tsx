// The shared client components' words: bokmål without a provider (unit tests, bokmål pages),
// the catalogue's words of the page's language with one (the root layout provides them).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { RemovableRow } from '../removable-rows';
import { BOKMAAL_SHARED_WORDS, fill, SharedWordsProvider, useSharedWords } from './shared-words';
import { sharedWordsOf } from './shared-words-of';

function Probe() {
  const words = useSharedWords();
  return <p data-lang={words.lang}>{words.skjema.unsaved}</p>;
}

const noop = () => {};

describe('shared words', () => {
  it('are the bokmål catalogue’s words when no provider is present', () => {
    expect(BOKMAAL_SHARED_WORDS).toEqual(sharedWordsOf(CATALOGUES.nb, 'nb'));
    expect(renderToStaticMarkup(<Probe />)).toBe('<p data-lang="nb">Du har endringer som ikke er lagret.</p>');
    expect(renderToStaticMarkup(<SharedWordsProvider words={null}><Probe /></SharedWordsProvider>)).toBe('<p data-lang="nb">Du har endringer som ikke er lagret.</p>');
  });

  it('are the page’s language under the provider', () => {
    const nn = renderToStaticMarkup(
      <SharedWordsProvider words={sharedWordsOf(CATALOGUES.nn, 'nn')}>
        <Probe />
      </SharedWordsProvider>,
    );
    expect(nn).toBe('<p data-lang="nn">Du har endringar som ikkje er lagra.</p>');
  });

  it('reach a shared component, which marks them with the language', () => {
    const html = renderToStaticMarkup(
      <SharedWordsProvider words={sharedWordsOf(CATALOGUES.en, 'en')}>
        <RemovableRow look="card" title="Tiltak 2" onRemove={noop}>
          <input name="x" />
        </RemovableRow>
      </SharedWordsProvider>,
    );
    expect(html).toMatch(/<button[^>]*aria-label="Remove tiltak 2"[^>]*lang="en"[^>]*>Remove<\/button>/);
  });

  it('fill in their placeholders', () => {
    expect(fill(BOKMAAL_SHARED_WORDS.skjema.cooperationMin, { min: 3 })).toBe('Skriv minst 3 tegn av navnet.');
    expect(fill('{members} og {count} til', { members: 'A, B, C' })).toBe('A, B, C og {count} til');
  });
});
