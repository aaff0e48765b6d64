// Which indicator pulls a legitimacy criterion down the most: the overview's cards name it
// beside a yellow or red light instead of listing every indicator and fact.
import type { Indicator } from './legitimacy';

/** Lowest value first; of equal values the heavier weight; null when every indicator that applies is full. */
export function weakestIndicator(indicators: readonly Indicator[]): Indicator | null {
  let weakest: Indicator | null = null;
  for (const i of indicators) {
    if (i.value === null || i.value >= 1) continue;
    if (!weakest || i.value < weakest.value! || (i.value === weakest.value && i.weight > weakest.weight)) weakest = i;
  }
  return weakest;
}
