// The Innramming form's cost keys, goal limit and empty goal, without zod: the form in the browser uses them.
import type { CostKeyKind } from '@/lib/pure/domain/dossier';

export const COST_KEY_KINDS = ['likt', 'innbyggere', 'bruk', 'faste_andeler', 'fast_og_innbyggere'] as const satisfies readonly CostKeyKind[];

export const MAX_GOALS = 30;

/** An empty goal row for the form's "Legg til mål". */
export function emptyGoalInput() {
  return { id: '', statement: '', indicator: '', baseline: '', target: '', deadline: '' };
}
