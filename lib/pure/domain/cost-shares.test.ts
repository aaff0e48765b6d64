import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CostKey, CostKeyKind } from './dossier';
import {
  apportion,
  computeCostShares,
  formatNok,
  formatPercent,
  toScaledIntegers,
  type CostShare,
  type CostShareMember,
  type CostShareResult,
} from './cost-shares';

function member(id: string, fields: Partial<CostShareMember> = {}): CostShareMember {
  return { id, name: id, population: null, usage: null, fixedSharePercent: null, ...fields };
}

const key = (kind: CostKeyKind, fixedPartPercent: number | null = null): CostKey => ({ kind, fixedPartPercent });

function shares(result: CostShareResult): CostShare[] {
  if (!result.ok) throw new Error(`expected shares, got: ${result.message}`);
  return result.shares;
}

const bp = (r: CostShareResult) => shares(r).map((s) => s.shareBasisPoints);
const ore = (r: CostShareResult) => shares(r).map((s) => s.amountOre);
// nb-NO formatting uses non-breaking (narrow) spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('computeCostShares — hand-worked examples', () => {
  it('likt: 3 members, the leftover basis point and øre go to the first member', () => {
    const r = computeCostShares([member('a'), member('b'), member('c')], key('likt'), 100_000);
    expect(bp(r)).toEqual([3334, 3333, 3333]);
    expect(ore(r)).toEqual([33_334, 33_333, 33_333]);
    expect(shares(r)[0]).toEqual({ memberId: 'a', shareBasisPoints: 3334, sharePercent: 33.34, amountOre: 33_334 });
  });

  it('likt: 7 members and 10 øre — ties are broken by member order', () => {
    const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => member(id));
    const r = computeCostShares(members, key('likt'), 10);
    expect(ore(r)).toEqual([2, 2, 2, 1, 1, 1, 1]);
    expect(bp(r)).toEqual([1429, 1429, 1429, 1429, 1428, 1428, 1428]);
  });

  it('innbyggere: 50 000 / 30 000 / 20 000 inhabitants and an odd budget', () => {
    const members = [member('a', { population: 50_000 }), member('b', { population: 30_000 }), member('c', { population: 20_000 })];
    const r = computeCostShares(members, key('innbyggere'), 1_000_001);
    expect(bp(r)).toEqual([5000, 3000, 2000]);
    // Quotas 500 000,5 / 300 000,3 / 200 000,2: the one spare øre goes to the largest remainder.
    expect(ore(r)).toEqual([500_001, 300_000, 200_000]);
  });

  it('innbyggere: the largest remainder wins, not the first member', () => {
    const r = computeCostShares([member('a', { population: 1 }), member('b', { population: 2 })], key('innbyggere'), 100);
    expect(bp(r)).toEqual([3333, 6667]);
    expect(ore(r)).toEqual([33, 67]);
  });

  it('bruk: decimal usage units are shared exactly', () => {
    const r = computeCostShares([member('a', { usage: 12.5 }), member('b', { usage: 37.5 })], key('bruk'), 1000);
    expect(bp(r)).toEqual([2500, 7500]);
    expect(ore(r)).toEqual([250, 750]);
  });

  it('bruk: a member with zero usage pays nothing', () => {
    const r = computeCostShares([member('a', { usage: 0 }), member('b', { usage: 3 })], key('bruk'), 999);
    expect(ore(r)).toEqual([0, 999]);
    expect(bp(r)).toEqual([0, 10_000]);
  });

  it('faste_andeler: stated percentages become basis points', () => {
    const members = [
      member('a', { fixedSharePercent: 33.33 }),
      member('b', { fixedSharePercent: 33.33 }),
      member('c', { fixedSharePercent: 33.34 }),
    ];
    const r = computeCostShares(members, key('faste_andeler'), 1_000_000);
    expect(bp(r)).toEqual([3333, 3333, 3334]);
    expect(ore(r)).toEqual([333_300, 333_300, 333_400]);
  });

  it('faste_andeler: shares that do not add up to 100 % are refused', () => {
    const r = computeCostShares(
      [member('a', { fixedSharePercent: 50 }), member('b', { fixedSharePercent: 49.5 })],
      key('faste_andeler'),
      1000,
    );
    expect(r).toMatchObject({ ok: false, code: 'fixed_shares_not_100' });
    if (!r.ok) expect(r.message).toBe('De faste andelene er til sammen 99,5 %, men må være nøyaktig 100 %.');
  });

  it('fast_og_innbyggere: 40 % equally, 60 % per inhabitant', () => {
    const members = [member('a', { population: 30_000 }), member('b', { population: 10_000 })];
    const r = computeCostShares(members, key('fast_og_innbyggere', 40), 1_000_000);
    // Equal part 400 000 -> 200 000 each; 600 000 per inhabitant -> 450 000 and 150 000.
    expect(ore(r)).toEqual([650_000, 350_000]);
    expect(bp(r)).toEqual([6500, 3500]);
  });

  it('fast_og_innbyggere: with a 100 % fixed part populations are not needed', () => {
    const r = computeCostShares([member('a'), member('b')], key('fast_og_innbyggere', 100), 3);
    expect(ore(r)).toEqual([2, 1]);
  });

  it('a zero budget gives zero amounts but still the shares', () => {
    const r = computeCostShares([member('a'), member('b')], key('likt'), 0);
    expect(ore(r)).toEqual([0, 0]);
    expect(bp(r)).toEqual([5000, 5000]);
  });
});

describe('computeCostShares — errors in Norwegian', () => {
  const two = [member('a', { name: 'Froland', population: 6000 }), member('b', { name: 'Åmli' })];

  it.each([
    [[], key('likt'), 100, 'no_members', 'Samarbeidet har ingen deltakere å fordele kostnadene på.'],
    [two, null, 100, 'no_cost_key', 'Fordelingsnøkkel er ikke valgt.'],
    [two, key('likt'), null, 'no_budget', 'Budsjettet er ikke fastsatt.'],
    [two, key('likt'), -1, 'invalid_budget', 'Budsjettet må være et helt antall øre, null eller mer.'],
    [two, key('likt'), 10.5, 'invalid_budget', 'Budsjettet må være et helt antall øre, null eller mer.'],
    [two, key('innbyggere'), 100, 'missing_population', 'Innbyggertall mangler for Åmli.'],
    [two, key('bruk'), 100, 'missing_usage', 'Bruksmengde mangler for Froland og Åmli.'],
    [two, key('faste_andeler'), 100, 'missing_fixed_share', 'Fast andel mangler for Froland og Åmli.'],
    [two, key('fast_og_innbyggere', null), 100, 'invalid_fixed_part', 'Oppgi hvor mange prosent av budsjettet som skal deles likt (mellom 0 og 100).'],
    [two, key('fast_og_innbyggere', 101), 100, 'invalid_fixed_part', 'Oppgi hvor mange prosent av budsjettet som skal deles likt (mellom 0 og 100).'],
    [two, key('fast_og_innbyggere', 20), 100, 'missing_population', 'Innbyggertall mangler for Åmli.'],
  ] as const)('%#: %s', (members, costKey, budget, code, message) => {
    expect(computeCostShares(members, costKey, budget)).toMatchObject({ ok: false, code, message });
  });

  it('names the members the error is about', () => {
    const r = computeCostShares(two, key('innbyggere'), 100);
    expect(r).toMatchObject({ ok: false, memberIds: ['b'] });
  });

  it('refuses invalid inputs: fractional population, negative usage, total zero', () => {
    expect(computeCostShares([member('a', { population: 1.5 })], key('innbyggere'), 1)).toMatchObject({ code: 'invalid_population' });
    expect(computeCostShares([member('a', { usage: -1 })], key('bruk'), 1)).toMatchObject({ code: 'invalid_usage' });
    expect(computeCostShares([member('a', { population: 0 })], key('innbyggere'), 1)).toMatchObject({ code: 'zero_population' });
    expect(computeCostShares([member('a', { usage: 0 })], key('bruk'), 1)).toMatchObject({ code: 'zero_usage' });
    expect(computeCostShares([member('a', { fixedSharePercent: 120 })], key('faste_andeler'), 1)).toMatchObject({
      code: 'invalid_fixed_share',
    });
  });
});

describe('helpers', () => {
  it('apportion hands leftovers to the largest remainders', () => {
    expect(apportion(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(apportion(10n, [1n, 2n, 3n])).toEqual([2n, 3n, 5n]);
  });

  it('toScaledIntegers scales decimals exactly', () => {
    expect(toScaledIntegers([1.5, 2.25, 100])).toEqual({ scaled: [150n, 225n, 10_000n], exponent: -2 });
    expect(toScaledIntegers([1e-7, 1])).toEqual({ scaled: [1n, 10_000_000n], exponent: -7 });
  });

  it('formatNok writes Norwegian kroner with øre', () => {
    expect(plain(formatNok(123_456_789))).toBe('1 234 567,89 kr');
    expect(plain(formatNok(0))).toBe('0,00 kr');
    expect(plain(formatNok(100_000_000_000))).toBe('1 000 000 000,00 kr');
    expect(plain(formatNok(9_007_199_254_740_991))).toBe('90 071 992 547 409,91 kr');
    expect(plain(formatNok(-5))).toMatch(/^[-\u2212]0,05 kr$/);
  });

  it('formatPercent writes basis points as a Norwegian percentage', () => {
    expect(plain(formatPercent(3334))).toBe('33,34 %');
    expect(plain(formatPercent(5000))).toBe('50 %');
    expect(plain(formatPercent(1250))).toBe('12,5 %');
    expect(plain(formatPercent(1))).toBe('0,01 %');
    expect(plain(formatPercent(10_000))).toBe('100 %');
  });
});

// ---- properties ----

const KINDS: readonly CostKeyKind[] = ['likt', 'innbyggere', 'bruk', 'faste_andeler', 'fast_og_innbyggere'];
const budgetArb = fc.bigInt({ min: 0n, max: 10n ** 11n }).map(Number);
const populationArb = fc.integer({ min: 1, max: 1_000_000 });

/** Fixed shares for n members that add up to exactly 100 %, in steps of 0,01 %. */
function fixedSharesArb(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
    return points.slice(1).map((p, i) => (p - (points[i] ?? 0)) / 100);
  });
}

const caseArb = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    n: fc.integer({ min: 1, max: 40 }),
    fixedPart: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
    budget: budgetArb,
  })
  .chain(({ kind, n, fixedPart, budget }) =>
    fc.record({
      costKey: fc.constant(key(kind, fixedPart)),
      budget: fc.constant(budget),
      populations: fc.array(populationArb, { minLength: n, maxLength: n }),
      usages: fc.array(fc.integer({ min: 1, max: 1_000_000 }).map((u) => u / 10), { minLength: n, maxLength: n }),
      fixed: fixedSharesArb(n),
    }),
  )
  .map(({ costKey, budget, populations, usages, fixed }) => ({
    costKey,
    budget,
    members: populations.map((population, i) =>
      member(`m${i}`, { population, usage: usages[i] ?? 1, fixedSharePercent: fixed[i] ?? 0 }),
    ),
  }));

describe('computeCostShares — properties', () => {
  it('shares sum to exactly 10 000 bp and amounts to exactly the budget, never negative', () => {
    fc.assert(
      fc.property(caseArb, ({ members, costKey, budget }) => {
        const result = shares(computeCostShares(members, costKey, budget));
        expect(result.map((s) => s.memberId)).toEqual(members.map((m) => m.id));
        expect(result.reduce((a, s) => a + s.shareBasisPoints, 0)).toBe(10_000);
        expect(result.reduce((a, s) => a + s.amountOre, 0)).toBe(budget);
        for (const s of result) {
          expect(Number.isInteger(s.amountOre) && s.amountOre >= 0).toBe(true);
          expect(Number.isInteger(s.shareBasisPoints) && s.shareBasisPoints >= 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('members with equal inputs pay the same to within 1 øre', () => {
    const templates = fc.array(fc.record({ population: populationArb, usage: fc.integer({ min: 1, max: 1000 }) }), {
      minLength: 1,
      maxLength: 3,
    });
    const arb = fc.record({
      kind: fc.constantFrom<CostKeyKind>('likt', 'innbyggere', 'bruk', 'fast_og_innbyggere'),
      fixedPart: fc.integer({ min: 0, max: 100 }),
      budget: budgetArb,
      templates,
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ kind, fixedPart, budget, templates: tpl, picks }) => {
        const chosen = picks.map((p) => p % tpl.length);
        const members = chosen.map((t, i) => member(`m${i}`, tpl[t]));
        const result = shares(computeCostShares(members, key(kind, fixedPart), budget));
        for (let i = 0; i < members.length; i++) {
          for (let j = i + 1; j < members.length; j++) {
            if (chosen[i] !== chosen[j]) continue;
            expect(Math.abs((result[i]?.amountOre ?? 0) - (result[j]?.amountOre ?? 0))).toBeLessThanOrEqual(1);
            expect(Math.abs((result[i]?.shareBasisPoints ?? 0) - (result[j]?.shareBasisPoints ?? 0))).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('equal fixed shares give equal amounts to within 1 øre', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 4, 5, 8, 10, 16, 20, 25, 40), budgetArb, (n, budget) => {
        const members = Array.from({ length: n }, (_, i) => member(`m${i}`, { fixedSharePercent: 100 / n }));
        const amounts = ore(computeCostShares(members, key('faste_andeler'), budget));
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('per inhabitant, every amount is within 1 øre of the exact quota', () => {
    fc.assert(
      fc.property(fc.array(populationArb, { minLength: 1, maxLength: 40 }), budgetArb, (pops, budget) => {
        const members = pops.map((population, i) => member(`m${i}`, { population }));
        const total = BigInt(pops.reduce((a, b) => a + b, 0));
        shares(computeCostShares(members, key('innbyggere'), budget)).forEach((s, i) => {
          const exact = BigInt(budget) * BigInt(pops[i] ?? 0);
          const diff = BigInt(s.amountOre) * total - exact;
          expect(diff < total && diff > -total).toBe(true);
        });
      }),
    );
  });
});
