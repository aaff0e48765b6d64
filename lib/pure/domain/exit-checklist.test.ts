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
