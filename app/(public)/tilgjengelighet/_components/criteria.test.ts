// The statement lists every WCAG 2.1 A and AA criterion once (30 + 20), each with a name in
// the catalogues, and says something about every one it does not call fulfilled-by-test.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { CRITERIA, criterionKey } from './criteria';

describe('the accessibility statement criteria', () => {
  it('are the 50 criteria of WCAG 2.1 level A and AA, each once', () => {
    expect(CRITERIA).toHaveLength(50);
    expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(50);
    expect(CRITERIA.filter((c) => c.level === 'A')).toHaveLength(30);
    expect(CRITERIA.filter((c) => c.level === 'AA')).toHaveLength(20);
  });

  it('have a name in the catalogue for each, and no name without a criterion', () => {
    const names = Object.keys(CATALOGUES.nb.kriterium).sort();
    expect(CRITERIA.map((c) => criterionKey(c.id)).sort()).toEqual(names);
  });

  it('explain every status that is not "not tested", and the known deviations appear among them', () => {
    for (const c of CRITERIA) if (c.status !== 'ikkeTestet') expect(c.note, c.id).toBeDefined();
    expect(CRITERIA.filter((c) => c.status === 'ikkeOppfylt').map((c) => c.id)).toEqual(['2.2.1', '3.1.2']);
  });

  it('use only notes the catalogue has', () => {
    const notes = Object.keys(CATALOGUES.nb.tilgjengelighet.note);
    for (const c of CRITERIA) if (c.note) expect(notes).toContain(c.note);
  });
});
