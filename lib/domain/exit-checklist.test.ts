import { describe, expect, it } from 'vitest';
import { checklistFingerprint, EXIT_ITEMS, exitChecklistMissing } from './exit-checklist';

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

  it('fingerprints what is stored: the same for equal content, different after any change', () => {
    expect(checklistFingerprint(null)).toBe(checklistFingerprint({}));
    expect(checklistFingerprint({ arkiv: { done: false, note: '' } })).toBe(checklistFingerprint(undefined));
    const one = { arkiv: { done: true, note: 'Avklart.' } };
    expect(checklistFingerprint({ ...one, ukjent: { done: true, note: 'x' } })).toBe(checklistFingerprint(one));
    expect(checklistFingerprint(one)).not.toBe(checklistFingerprint(null));
    expect(checklistFingerprint(one)).not.toBe(checklistFingerprint({ arkiv: { done: true, note: 'Avklart, sak 3/26.' } }));
    expect(checklistFingerprint(one)).not.toBe(checklistFingerprint({ arkiv: { done: false, note: 'Avklart.' } }));
  });
});
