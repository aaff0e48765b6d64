import { describe, expect, it } from 'vitest';
import { anonymousGroups, isAnonymous, partitionGroups } from './anonymity';

const sizes = (entries: Record<string, number>) => Object.entries(entries).map(([key, respondents]) => ({ key, respondents }));

describe('partitionGroups: the threshold of 3', () => {
  it('shows a group of 3 on its own and hides a group of 2', () => {
    expect(partitionGroups(sizes({ medlemmer: 3 }))).toEqual({ shown: ['medlemmer'], merged: [], hidden: [] });
    expect(partitionGroups(sizes({ medlemmer: 2 }))).toEqual({ shown: [], merged: [], hidden: ['medlemmer'] });
  });

  it('shows groups of 3 or more, merges the small ones when they reach 3 together', () => {
    expect(partitionGroups(sizes({ leder: 1, politisk: 2, administrativ: 0, medlemmer: 5 }))).toEqual({ shown: ['medlemmer'], merged: ['leder', 'politisk'], hidden: [] });
  });

  it('folds the smallest shown group in when the small ones are fewer than 3 together, so none can be subtracted out', () => {
    expect(partitionGroups(sizes({ leder: 1, politisk: 4, medlemmer: 6 }))).toEqual({ shown: ['medlemmer'], merged: ['leder', 'politisk'], hidden: [] });
  });

  it('hides the small groups when nothing reaches 3', () => {
    expect(partitionGroups(sizes({ leder: 1, politisk: 1 }))).toEqual({ shown: [], merged: [], hidden: ['leder', 'politisk'] });
    expect(partitionGroups(sizes({ a: 3, b: 4 }))).toEqual({ shown: ['a', 'b'], merged: [], hidden: [] });
  });
});

describe('anonymousGroups', () => {
  const score = (members: readonly number[]) => ({ input: members.reduce((a, b) => a + b, 0) / members.length, throughput: null, output: null });

  it('scores a merged group from its own members, not from the groups’ averages', () => {
    const table = anonymousGroups(
      [
        { key: 'a', label: 'A', invited: 1, members: [100] },
        { key: 'b', label: 'B', invited: 3, members: [0, 0] },
        { key: 'c', label: 'C', invited: 4, members: [50, 50, 50] },
      ],
      score,
    );
    expect(table.rows).toEqual([
      { key: 'c', label: 'C', includes: ['C'], respondents: 3, invited: 4, criteria: { input: 50, throughput: null, output: null } },
      { key: 'ovrige', label: 'Øvrige', includes: ['A', 'B'], respondents: 3, invited: 4, criteria: { input: 100 / 3, throughput: null, output: null } },
    ]);
    expect(table.labelOf).toEqual({ c: 'C', a: 'Øvrige', b: 'Øvrige' });
    expect(isAnonymous(table)).toBe(true);
  });

  it('says how many answers were left out, and never shows a row below the threshold', () => {
    const table = anonymousGroups([{ key: 'a', label: 'A', invited: 2, members: [1, 2] }], score);
    expect(table).toEqual({ rows: [], labelOf: {}, hiddenRespondents: 2 });
    expect(isAnonymous({ rows: [{ key: 'x', label: 'X', includes: ['X'], respondents: 2, invited: null, criteria: { input: 1, throughput: 1, output: 1 } }], labelOf: {}, hiddenRespondents: 0 })).toBe(false);
  });
});
