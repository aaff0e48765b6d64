// The fragmentation index and the ego network on hand-made graphs. In the graph pictures a
// node is a municipality and every cooperation is a set of member municipalities; "A–B ×3"
// means three separate cooperations between exactly A and B.
import { describe, expect, it } from 'vitest';
import { egoNetwork, fragmentation, partnerSet, positionAmong, type NetworkCooperation } from './partner-network';

let next = 0;
const coop = (members: string[], taskArea: string | null = null, legalForm: string | null = null): NetworkCooperation => ({ id: `c${++next}`, name: `Samarbeid ${next}`, members, taskArea, legalForm });
const times = (n: number, members: string[]) => Array.from({ length: n }, () => coop(members));
const index = (cooperations: NetworkCooperation[], ego: string) => fragmentation(cooperations, ego).index;

describe('fragmentation index = distinct partner sets / cooperations', () => {
  it('star: a centre with one cooperation per leaf has every cooperation pointing elsewhere (1)', () => {
    const star = ['A', 'B', 'C', 'D', 'E'].map((leaf) => coop(['X', leaf]));
    expect(fragmentation(star, 'X')).toEqual({ cooperations: 5, distinctPartnerSets: 5, index: 1 });
    expect(index(star, 'A')).toBe(1);
  });

  it('star with repeated spokes: the centre shares three cooperations with each of two leaves (2/6)', () => {
    const star = [...times(3, ['X', 'A']), ...times(3, ['X', 'B'])];
    expect(fragmentation(star, 'X')).toEqual({ cooperations: 6, distinctPartnerSets: 2, index: 1 / 3 });
    expect(index(star, 'A')).toBe(1 / 3);
  });

  it('chain A–B ×2, B–C, C–D ×2: the inner links mix two directions (2/3), the ends one (1/2)', () => {
    const chain = [...times(2, ['A', 'B']), coop(['B', 'C']), ...times(2, ['C', 'D'])];
    expect(index(chain, 'A')).toBe(1 / 2);
    expect(index(chain, 'B')).toBe(2 / 3);
    expect(index(chain, 'C')).toBe(2 / 3);
    expect(index(chain, 'D')).toBe(1 / 2);
  });

  it('clique: four municipalities that do all five cooperations together are as coherent as it gets (1/5)', () => {
    const clique = times(5, ['A', 'B', 'C', 'D']);
    for (const m of ['A', 'B', 'C', 'D']) expect(fragmentation(clique, m)).toEqual({ cooperations: 5, distinctPartnerSets: 1, index: 0.2 });
  });

  it('clique of pairs: every pair of four with its own cooperation is fragmented (3/3)', () => {
    const pairs = [['A', 'B'], ['A', 'C'], ['A', 'D'], ['B', 'C'], ['B', 'D'], ['C', 'D']].map((p) => coop(p));
    for (const m of ['A', 'B', 'C', 'D']) expect(index(pairs, m)).toBe(1);
  });

  it('all distinct: overlapping but never equal partner sets give 1', () => {
    const distinct = [coop(['A', 'B', 'C']), coop(['A', 'B']), coop(['A', 'C', 'D']), coop(['A', 'B', 'C', 'D']), coop(['A'])];
    expect(fragmentation(distinct, 'A')).toEqual({ cooperations: 5, distinctPartnerSets: 5, index: 1 });
  });

  it('is undefined without cooperations, ignores member order, repeats and other municipalities’ cooperations', () => {
    expect(fragmentation([], 'A')).toEqual({ cooperations: 0, distinctPartnerSets: 0, index: null });
    expect(fragmentation([coop(['B', 'C'])], 'A').index).toBeNull();
    expect(fragmentation([coop(['A', 'B', 'C']), coop(['C', 'A', 'B', 'B']), coop(['B', 'C'])], 'A')).toEqual({ cooperations: 2, distinctPartnerSets: 1, index: 0.5 });
    expect(partnerSet(['C', 'A', 'B', 'C'], 'A')).toEqual(['B', 'C']);
  });
});

describe('position among all municipalities', () => {
  it('counts those above, level and below, the municipality itself included in "same"', () => {
    expect(positionAmong(0.5, [1, 1, 0.5, 0.5, 0.25])).toEqual({ of: 5, higher: 2, same: 2, lower: 1 });
    expect(positionAmong(1, [1])).toEqual({ of: 1, higher: 0, same: 1, lower: 0 });
    expect(positionAmong(2 / 3, [1 - 1 / 3, 0.1])).toEqual({ of: 2, higher: 0, same: 1, lower: 1 });
  });
});

describe('ego network', () => {
  const cooperations = [
    coop(['X', 'A', 'B'], 'Legevakt', 'vertskommune_administrativ'),
    coop(['X', 'A'], 'Legevakt', 'vertskommune_administrativ'),
    coop(['X', 'A', 'C'], 'Revisjon', 'iks'),
    coop(['A', 'B'], 'Renovasjon', 'iks'), // not X's
  ];

  it('weighs the ego’s edges by shared cooperations and partner edges by the ego’s cooperations they share', () => {
    const network = egoNetwork(cooperations, 'X', (c) => c.taskArea);
    expect(network.nodes).toEqual([
      { kommunenummer: 'X', shared: 3, isEgo: true },
      { kommunenummer: 'A', shared: 3, isEgo: false },
      { kommunenummer: 'B', shared: 1, isEgo: false },
      { kommunenummer: 'C', shared: 1, isEgo: false },
    ]);
    const weight = (s: string, t: string) => network.edges.find((e) => e.source === s && e.target === t)?.weight;
    expect(weight('X', 'A')).toBe(3);
    expect(weight('X', 'B')).toBe(1);
    expect(weight('A', 'B')).toBe(1); // their own renovasjon cooperation is not X's
    expect(weight('A', 'C')).toBe(1);
    expect(weight('B', 'C')).toBeUndefined();
    expect(network.edges.filter((e) => e.egoEdge)).toHaveLength(3);
  });

  it('colours an edge by the most common category of what it carries', () => {
    const byArea = egoNetwork(cooperations, 'X', (c) => c.taskArea);
    expect(byArea.edges.find((e) => e.target === 'A' && e.source === 'X')).toMatchObject({ categories: { Legevakt: 2, Revisjon: 1 }, category: 'Legevakt' });
    const byForm = egoNetwork(cooperations, 'X', (c) => c.legalForm);
    expect(byForm.edges.find((e) => e.target === 'C' && e.source === 'X')?.category).toBe('iks');
    expect(egoNetwork([coop(['X', 'Y'])], 'X', () => null).edges[0]?.category).toBe('Ikke oppgitt');
  });

  it('is just the ego without cooperations', () => {
    expect(egoNetwork([], 'X', () => null)).toEqual({ nodes: [{ kommunenummer: 'X', shared: 0, isEgo: true }], edges: [] });
  });
});
