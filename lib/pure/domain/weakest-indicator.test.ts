import { describe, expect, it } from 'vitest';
import type { Indicator } from './legitimacy';
import { weakestIndicator } from './weakest-indicator';

const indicator = (id: string, value: number | null, weight = 1): Indicator => ({ id, label: id, value, weight, facts: [] });

describe('weakestIndicator', () => {
  it('names the lowest value', () => {
    expect(weakestIndicator([indicator('a', 0.8), indicator('b', 0.2), indicator('c', 0.5)])?.id).toBe('b');
  });
  it('of equal values, the one that weighs most', () => {
    expect(weakestIndicator([indicator('a', 0.5, 1), indicator('b', 0.5, 3), indicator('c', 0.5, 2)])?.id).toBe('b');
  });
  it('leaves out indicators that do not apply, and names none when the rest are full', () => {
    expect(weakestIndicator([indicator('a', null), indicator('b', 1)])).toBeNull();
    expect(weakestIndicator([indicator('a', null), indicator('b', 0)])?.id).toBe('b');
    expect(weakestIndicator([])).toBeNull();
  });
});
