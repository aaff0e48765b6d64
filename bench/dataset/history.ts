// The lifecycle history of a generated cooperation, played through the real (pure) machine:
// each step gives the from/to state values, the payload the runner would have stored (the
// facts its guards saw, the decision round, the machine version restored from) and, at the
// end, the persisted snapshot. So the administrators' consistency check (replay.ts) accepts
// the generated history exactly as it accepts one the runner wrote.
import { initialTransition, transition, type StateValue } from 'xstate';
import type { Phase } from '@/lib/pure/domain/dossier';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';
import { cooperationEvent, cooperationMachine, lifecycleState, MACHINE_VERSION, type CooperationEventType, type CooperationSnapshot } from '@/workflows/cooperation/machine';

export interface Step {
  type: CooperationEventType;
  phase?: Phase;
}

export interface PlayedEvent {
  seq: number;
  eventType: CooperationEventType;
  fromState: StateValue;
  toState: StateValue;
  payload: Record<string, unknown>;
}

export interface PlayedHistory {
  events: PlayedEvent[];
  state: string;
  stateValue: StateValue;
  /** What the runner persists (getPersistedSnapshot); null when there are no events. */
  snapshot: unknown;
  /** Rounds of member decisions sent so far. */
  decisionRound: number;
}

const ALL_PHASES = { innramming: true, design: true, stotte: true, deltakelse: true };

/** The facts a runner would have computed for this step: whatever lets the planned step through. */
function factsFor(type: CooperationEventType, round: number): ReadinessFacts {
  return {
    phasesReady: ALL_PHASES,
    decisions: {
      round,
      allConsented: type === 'ALLE_VEDTAK_FATTET',
      anyRejected: type === 'VEDTAK_AVSLAG_TIL_DESIGN' || type === 'VEDTAK_AVSLAG_AVBRYT',
    },
    evaluationClosed: type === 'AVSLUTT_EVALUERING',
    exitChecklistComplete: type === 'AVVIKLING_FULLFORT',
  };
}

const played = new Map<string, PlayedHistory>();

/**
 * Plays the steps from a new 'utkast' row (a version-0 row, as createCooperation leaves it).
 * Throws when the machine refuses a step: a generator bug, never data to write. Histories
 * are few distinct sequences repeated thousands of times, so each is played once.
 */
export function playHistory(steps: readonly Step[]): PlayedHistory {
  const key = steps.map((s) => (s.phase ? `${s.type}:${s.phase}` : s.type)).join(' ');
  const cached = played.get(key);
  if (cached) return cached;
  let snapshot: CooperationSnapshot = initialTransition(cooperationMachine)[0];
  const events: PlayedEvent[] = steps.map((step, index) => {
    const facts = factsFor(step.type, snapshot.context.decisionRound);
    const event = cooperationEvent(step.type, { facts, phase: step.phase });
    if (!snapshot.can(event)) throw new Error(`Livsløpet godtar ikke ${key} ved steg ${index + 1}.`);
    const next = transition(cooperationMachine, snapshot, event)[0];
    const result: PlayedEvent = {
      seq: index + 1,
      eventType: step.type,
      fromState: snapshot.value,
      toState: next.value,
      // As the runner writes it: the first step restores a row without a snapshot (version 0).
      payload: { facts, ...(step.phase ? { phase: step.phase } : {}), decisionRound: next.context.decisionRound, fromMachineVersion: index === 0 ? 0 : MACHINE_VERSION },
    };
    snapshot = next;
    return result;
  });
  const history: PlayedHistory = {
    events,
    state: lifecycleState(snapshot.value),
    stateValue: snapshot.value,
    snapshot: events.length === 0 ? null : cooperationMachine.getPersistedSnapshot(snapshot),
    decisionRound: snapshot.context.decisionRound,
  };
  played.set(key, history);
  return history;
}
