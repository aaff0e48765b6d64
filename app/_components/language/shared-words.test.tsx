// The shared client components' words: each component's own bokmål without a provider (unit
// tests, bokmål pages), the catalogue's words of the page's language with one (the root layout).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { RemovableRow, REMOVABLE_ROW_WORDS } from '../removable-rows';
import { SAVE_BAR_WORDS } from '../phase/save-bar';
import { CONFLICT_WORDS } from '../phase/conflict-notice';
import { SECTION_SAVE_WORDS } from '../phase/use-section-save';
import { SECTION_RULE_WORDS } from '../phase/section-rule';
import { CONFIRM_DIALOG_WORDS } from '../confirm-dialog';
import { MUNICIPALITY_PICKER_WORDS } from '../municipality-picker';
import { COOPERATION_PICKER_WORDS } from '../cooperation-picker';
import { SIGN_OUT_WORDS } from '../sign-out-button';
import { TABLE_WORDS } from '../table';
import { fill, SharedWordsProvider, useSharedWords, type SharedWordGroup } from './shared-words';
import { sharedWordsOf } from './shared-words-of';

function Probe() {
  const { words, lang } = useSharedWords('skjema', SAVE_BAR_WORDS);
  return <p data-lang={lang}>{words.unsaved}</p>;
}

const noop = () => {};

const FALLBACKS: [SharedWordGroup, Record<string, string>][] = [
  ['skjema', SAVE_BAR_WORDS],
  ['skjema', CONFLICT_WORDS],
  ['skjema', SECTION_SAVE_WORDS],
  ['skjema', CONFIRM_DIALOG_WORDS],
  ['skjema', REMOVABLE_ROW_WORDS],
  ['skjema', MUNICIPALITY_PICKER_WORDS],
  ['skjema', COOPERATION_PICKER_WORDS],
  ['fase', SECTION_RULE_WORDS],
  ['felles', SIGN_OUT_WORDS],
  ['felles', TABLE_WORDS],
];

describe('shared words', () => {
  it('fall back to each component’s own bokmål, which is the bokmål catalogue’s', () => {
    const nb = sharedWordsOf(CATALOGUES.nb, 'nb');
    for (const [group, words] of FALLBACKS) for (const [key, text] of Object.entries(words)) expect([group, key, text]).toEqual([group, key, (nb[group] as Record<string, string>)[key]]);
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
    expect(fill(COOPERATION_PICKER_WORDS.cooperationMin, { min: 3 })).toBe('Skriv minst 3 tegn av navnet.');
    expect(fill('{members} og {count} til', { members: 'A, B, C' })).toBe('A, B, C og {count} til');
  });
});
