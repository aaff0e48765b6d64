import { describe, expect, it } from 'vitest';
import { EXIT_ITEMS, exitChecklistMissing } from './exit-checklist';

describe('exit checklist', () => {
  it('lists every item when nothing is done', () => {
    expect(exitChecklistMissing(null)).toHaveLength(EXIT_ITEMS.length);
    expect(exitChecklistMissing({})[0]).toBe('Avviklingen mangler: eiendeler og forpliktelser er fordelt');
  });

  it('is complete only when every item is done', () => {
    const all = Object.fromEntries(EXIT_ITEMS.map((i) => [i.id, { done: true, note: null }]));
    expect(exitChecklistMissing(all)).toEqual([]);
    expect(exitChecklistMissing({ ...all, arkiv: { done: false, note: 'venter på arkivplan' } })).toEqual(['Avviklingen mangler: arkivansvaret er plassert']);
  });
});

describe('exit checklist items in the catalogues (avvikling.punkt)', () => {
  it('bokmål is EXIT_ITEMS word for word, and nynorsk and English have every item', async () => {
    const { CATALOGUES } = await import('@/lib/pure/i18n/catalogues');
    for (const item of EXIT_ITEMS) {
      const id = item.id as keyof typeof CATALOGUES.nb.avvikling.punkt;
      expect(CATALOGUES.nb.avvikling.punkt[id]).toEqual({ label: item.label, help: item.help });
      expect(CATALOGUES.nn.avvikling.punkt[id].help).not.toBe(item.help);
      expect(CATALOGUES.en.avvikling.punkt[id].label).not.toBe(item.label);
    }
    expect(CATALOGUES.nn.avvikling.punkt.arkiv.label).toBe('Arkivansvaret er plassert');
  });
});

describe('what is missing in each language', () => {
  it('the inline bokmål is the catalogue word for word', async () => {
    const { exitMissingWords } = await import('./exit-checklist-help');
    expect(exitChecklistMissing(null, exitMissingWords('nb'))).toEqual(exitChecklistMissing(null));
  });

  it('nynorsk and English', async () => {
    const { exitMissingWords } = await import('./exit-checklist-help');
    const arkivOpen = Object.fromEntries(EXIT_ITEMS.map((i) => [i.id, { done: i.id !== 'arkiv', note: null }]));
    expect(exitChecklistMissing(arkivOpen, exitMissingWords('nn'))).toEqual(['Avviklinga manglar: arkivansvaret er plassert']);
    const [first] = exitChecklistMissing(null, exitMissingWords('en'));
    expect(first).toMatch(/^Not yet in place for the winding-down: [a-z]/);
  });
});
