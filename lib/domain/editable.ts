// Where the establishing data may be edited: while drafting, establishing or redesigning.
// In drift a change goes through the lifecycle as a redesign (ENDRINGSFORSLAG).
import type { LifecycleState } from './dossier';

const EDITABLE: readonly LifecycleState[] = ['utkast', 'etablering', 'redesign'];

export function phasesEditable(state: LifecycleState): boolean {
  return EDITABLE.includes(state);
}

export const NOT_EDITABLE_MESSAGE =
  'Samarbeidet er ikke under etablering eller redesign. Endringer i drift må foreslås som en redesign først.';
