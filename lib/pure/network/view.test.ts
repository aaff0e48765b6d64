import { describe, expect, it } from 'vitest';
import { formatIndex, fragmentationView, networkQuery, networkView, OTHER_COLOUR, PALETTE, type ViewCooperation } from './view';

const names = new Map([
  ['X', 'Ego'],
  ['A', 'Aust'],
  ['B', 'Bø'],
  ['C', 'Ås'],
]);
const c = (id: string, members: string[], taskArea: string | null, legalForm: string | null, isPublic = true): ViewCooperation => ({ id, name: `Samarbeid ${id}`, members, taskArea, legalForm, isPublic });
const all = [c('1', ['X', 'A', 'B'], 'Legevakt', 'IKS'), c('2', ['X', 'A'], 'Legevakt', 'KO'), c('3', ['X', 'C'], 'Revisjon', 'IKS', false), c('4', ['X', 'A'], null, null)];

describe('networkView', () => {
  it('colours by task area by default, most common first, and fills the partner table', () => {
    const view = networkView(all, names, 'X', {});
    expect(view.colourBy).toBe('oppgavefelt');
    expect(view.legend).toEqual([
      { category: 'Legevakt', colour: PALETTE[0], cooperations: 2 },
      { category: 'Ikke oppgitt', colour: PALETTE[1], cooperations: 1 },
      { category: 'Revisjon', colour: PALETTE[2], cooperations: 1 },
    ]);
    expect(view.partners.map((p) => [p.name, p.shared])).toEqual([
      ['Aust', 3],
      ['Bø', 1],
      ['Ås', 1],
    ]);
    expect(view.partners.find((p) => p.name === 'Ås')?.cooperations).toEqual([{ id: '3', name: 'Samarbeid 3', isPublic: false, category: 'Revisjon' }]);
    expect(view.edges.find((e) => e.id === 'X-A')).toMatchObject({ weight: 3, colour: PALETTE[0], egoEdge: true });
    expect(view.edges.find((e) => e.id === 'A-B')).toMatchObject({ weight: 1, colour: OTHER_COLOUR, egoEdge: false });
    expect(view.taskAreas).toEqual(['Ikke oppgitt', 'Legevakt', 'Revisjon']);
  });

  it('narrows to one task area and colours by legal form when asked; an unknown area is ignored', () => {
    const view = networkView(all, names, 'X', networkQuery.parse({ oppgavefelt: 'Legevakt', farge: 'organisasjonsform' }));
    expect(view.cooperations).toBe(2);
    expect(view.partners.map((p) => p.name)).toEqual(['Aust', 'Bø']);
    expect(view.legend.map((l) => l.category)).toEqual(['IKS', 'KO']);
    expect(networkView(all, names, 'X', networkQuery.parse({ oppgavefelt: 'Finnes ikke', farge: 'tull' }))).toMatchObject({ taskArea: null, colourBy: 'oppgavefelt', cooperations: 4 });
  });

  it('gives the long tail of categories one shared colour', () => {
    const many = Array.from({ length: 10 }, (_, i) => c(String(i), ['X', 'A'], `Felt ${String(i).padStart(2, '0')}`, null));
    const view = networkView(many, names, 'X', {});
    expect(view.legend).toHaveLength(PALETTE.length);
    expect(view.legend.at(-1)).toMatchObject({ colour: OTHER_COLOUR, cooperations: 4 });
    expect(view.legend.at(-1)?.category).toMatch(/^Andre \(Felt 06, Felt 07, Felt 08, Felt 09\)$/);
  });
});

describe('fragmentationView', () => {
  it('places the index among all municipalities that have one', () => {
    const f = fragmentationView(all, 'X', [
      { cooperations: 4, distinctPartnerSets: 3 },
      { cooperations: 2, distinctPartnerSets: 2 },
      { cooperations: 4, distinctPartnerSets: 1 },
      { cooperations: 0, distinctPartnerSets: 0 },
    ]);
    expect(f).toMatchObject({ cooperations: 4, distinctPartnerSets: 3, index: 0.75, position: { of: 3, higher: 1, same: 1, lower: 1 } });
    expect(fragmentationView([], 'X', []).position).toBeNull();
    expect(formatIndex(0.75)).toBe('0,75');
    expect(formatIndex(1)).toBe('1,00');
  });
});
