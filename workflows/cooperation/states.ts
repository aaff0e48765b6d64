// Reading the machine's state value as domain words: the lifecycle state stored on the
// dossier, the current phase, and labels for both. STATE_LABELS is bokmål (CSV, API and the
// pages not translated yet); a translated page takes the names from the catalogue (`tilstand`
// for states, `livslop.fase` for phases) and may pass them to stateLabel.

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

/** Names of states and phases in the reader's language (bokmål: STATE_LABELS). */
export interface StateWords {
  state: (state: LifecycleState) => string;
  phase: (phase: Phase) => string;
}

const BOKMAAL_STATE_WORDS: StateWords = { state: (s) => STATE_LABELS[s], phase: (p) => STATE_LABELS[p] };

/** E.g. "Etablering – Design" or "Drift". */
export function stateLabel(value: StateValue, words: StateWords = BOKMAAL_STATE_WORDS): string {
  const state = words.state(lifecycleState(value));
  const phase = currentPhase(value);
  return phase === null ? state : `${state} – ${words.phase(phase)}`;
}
