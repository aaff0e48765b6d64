// Reading the machine's state value as domain words: the lifecycle state stored on the
// dossier, the current phase, and Norwegian labels for both.

import type { StateValue } from 'xstate';
import { LIFECYCLE_STATES, PHASES, type LifecycleState, type Phase } from '@/lib/pure/domain/dossier';

export const STATE_LABELS: Record<LifecycleState | Phase, string> = {
  utkast: 'Utkast',
  etablering: 'Etablering',
  medlemsvedtak: 'Vedtak i deltakerne',
  drift: 'Drift',
  evaluering: 'Evaluering',
  beslutning: 'Beslutning etter evaluering',
  redesign: 'Redesign',
  avvikling: 'Avvikling',
  avviklet: 'Avviklet',
  avbrutt: 'Avbrutt',
  innramming: 'Innramming',
  design: 'Design',
  stotte: 'Støtte og tilrettelegging',
  deltakelse: 'Deltakelse',
};

function isLifecycleState(value: string): value is LifecycleState {
  return (LIFECYCLE_STATES as readonly string[]).includes(value);
}

function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

/** The top-level state, as stored in the dossier's state column. Throws on a foreign value. */
export function lifecycleState(value: StateValue): LifecycleState {
  const top = typeof value === 'string' ? value : Object.keys(value)[0];
  if (top === undefined || !isLifecycleState(top)) {
    throw new Error(`Ukjent livsløpstilstand: ${JSON.stringify(value)}`);
  }
  return top;
}

/** The phase being worked on in etablering or redesign; null in every other state. */
export function currentPhase(value: StateValue): Phase | null {
  if (typeof value === 'string') return null;
  const child = Object.values(value)[0];
  return isPhase(child) ? child : null;
}

/** E.g. "Etablering – Design" or "Drift". */
export function stateLabel(value: StateValue): string {
  const state = STATE_LABELS[lifecycleState(value)];
  const phase = currentPhase(value);
  return phase === null ? state : `${state} – ${STATE_LABELS[phase]}`;
}
