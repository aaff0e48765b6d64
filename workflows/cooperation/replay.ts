// Replaying a cooperation's append-only history through the machine, with the facts the
// guards saw at the time, and comparing the result with each event and with the stored row.
// Pure; workflows/cooperation/consistency.ts loads the rows.
//
// Where a history may begin (decided here, relied on by the runner's payload):
// - at the machine's initial state 'utkast';
// - or, for a cooperation that existed before the lifecycle was persisted, at the state of
//   its version-0 row: the runner records payload.fromMachineVersion 0 on an event whose
//   actor was restored from a state alone, and only then may event 1 start elsewhere.
// A row without events is consistent only while it is a version-0 row (snapshot null or
// machine_version 0), whatever its state: a new 'utkast' row is one, and so is a row whose
// state came from before the runner. A persisted snapshot without history is a problem.
import { initialTransition, transition, type StateValue } from 'xstate';
import { z } from '@/lib/pure/validation/zod';
import { PHASES } from '@/lib/pure/domain/dossier';
import {
  COOPERATION_EVENT_TYPES,
  cooperationEvent,
  cooperationMachine,
  INITIAL_CONTEXT,
  isFactEventType,
  lifecycleState,
  MACHINE_VERSION,
  stateLabel,
  type CooperationContext,
  type CooperationEventType,
  type CooperationSnapshot,
} from './machine';
import { isVersionZero, restorableSnapshot, storedStateValue, type StoredLifecycle } from './snapshots';

/** A row of the history (workflow_events) as the replay reads it; the states and payload are JSON as stored. */
export interface RecordedEvent {
  seq: number;
  eventType: string;
  fromState: unknown;
  toState: unknown;
  payload: unknown;
  machineVersion: number;
}

export interface Replay {
  /** Where the history leads: past a reported problem the replay follows the recorded states. */
  snapshot: CooperationSnapshot | null;
  problems: string[];
  /** The history begins at a version-0 row's state rather than at 'utkast'. */
  legacyStart: boolean;
}

export interface ConsistencyReport {
  cooperationId: string;
  ok: boolean;
  events: number;
  /** Norwegian sentences, in history order, then the row's own. */
  problems: string[];
  /** What the row stands for (see storedStateValue); null when the cooperation is missing. */
  storedState: StateValue | null;
  replayedState: StateValue | null;
  legacyStart: boolean;
}

const flags = z.object({ innramming: z.boolean(), design: z.boolean(), stotte: z.boolean(), deltakelse: z.boolean() });
const payloadSchema = z
  .object({
    facts: z
      .object({
        phasesReady: flags,
        decisions: z.object({ round: z.number().int(), allConsented: z.boolean(), anyRejected: z.boolean() }),
        evaluationClosed: z.boolean(),
        exitChecklistComplete: z.boolean(),
      })
      .optional(),
    phase: z.enum(PHASES).optional(),
    decisionRound: z.number().int().optional(),
    fromMachineVersion: z.number().int().optional(),
  })
  .nullable();
type Payload = NonNullable<z.infer<typeof payloadSchema>>;

// Non-fact events ignore facts; cooperationEvent still asks for some.
const NO_FACTS = {
  phasesReady: { innramming: false, design: false, stotte: false, deltakelse: false },
  decisions: { round: 0, allConsented: false, anyRejected: false },
  evaluationClosed: false,
  exitChecklistComplete: false,
};

/** Replays recorded events through the machine. Pure: the unit of the consistency check. */
export function replayEvents(recorded: readonly RecordedEvent[]): Replay {
  const events = [...recorded].sort((a, b) => a.seq - b.seq);
  const problems: string[] = [];
  const start = startOf(events[0]);
  let current = start.snapshot;
  if (start.problem) problems.push(start.problem);

  events.forEach((event, index) => {
    if (current === null) return;
    const label = `Hendelse ${event.seq} (${event.eventType})`;
    const expectedSeq = index === 0 ? 1 : events[index - 1]!.seq + 1;
    if (event.seq > expectedSeq) problems.push(`Hendelse nummer ${expectedSeq}${event.seq - 1 > expectedSeq ? `–${event.seq - 1}` : ''} mangler i historikken.`);
    if (event.seq < expectedSeq) problems.push(`Hendelse nummer ${event.seq} finnes mer enn én gang i historikken.`);
    if (event.machineVersion > MACHINE_VERSION) {
      problems.push(`${label} er skrevet av en nyere versjon av livsløpet (${event.machineVersion}) enn denne (${MACHINE_VERSION}) og kan ikke spilles av.`);
      current = null;
      return;
    }
    if (!sameState(event.fromState, current.value)) {
      const previous = index === 0 ? 'historikken begynner i' : 'forrige hendelse endte i';
      problems.push(`${label} starter i «${describeState(event.fromState)}», men ${previous} «${describeState(current.value)}».`);
      // At the very start there is no context to carry: take what a version-0 row would have.
      current = resyncTo(event.fromState, index === 0 ? null : current.context, problems, label);
      if (current === null) return;
    }
    const outcome = replayOne(current, event, label);
    if (typeof outcome === 'string') {
      problems.push(outcome);
      const round = readPayload(event)?.decisionRound ?? current.context.decisionRound;
      current = resyncTo(event.toState, { ...current.context, decisionRound: round }, problems, label);
      return;
    }
    if (!sameState(outcome.next.value, event.toState)) {
      problems.push(`${label} endte i «${describeState(event.toState)}», men livsløpet gir «${describeState(outcome.next.value)}» med de lagrede faktaene.`);
      current = resyncTo(event.toState, outcome.next.context, problems, label);
      return;
    }
    const round = outcome.payload.decisionRound;
    if (round !== undefined && round !== outcome.next.context.decisionRound) {
      problems.push(`${label} oppgir vedtaksrunde ${round}, men livsløpet gir vedtaksrunde ${outcome.next.context.decisionRound}.`);
    }
    current = outcome.next;
  });
  return { snapshot: current, problems, legacyStart: start.legacy };
}

/** Where the replay begins: 'utkast', or the state of a version-0 row the runner recorded. */
function startOf(first: RecordedEvent | undefined): { snapshot: CooperationSnapshot | null; legacy: boolean; problem?: string } {
  const legacy = first !== undefined && readPayload(first)?.fromMachineVersion === 0 && !sameState(first.fromState, 'utkast');
  if (!legacy) return { snapshot: initialTransition(cooperationMachine)[0], legacy };
  const snapshot = legacyAt(first.fromState);
  if (snapshot !== null) return { snapshot, legacy };
  return { snapshot, legacy, problem: `Hendelse ${first.seq} (${first.eventType}) starter i en tilstand livsløpet ikke kjenner: ${describeState(first.fromState)}.` };
}

/** One step through the machine, or the Norwegian reason it cannot be replayed. */
function replayOne(from: CooperationSnapshot, event: RecordedEvent, label: string): { next: CooperationSnapshot; payload: Payload } | string {
  if (!(COOPERATION_EVENT_TYPES as readonly string[]).includes(event.eventType)) return `${label} er ikke en hendelse livsløpet kjenner.`;
  const type = event.eventType as CooperationEventType;
  const payload = readPayload(event);
  if (payload === undefined) return `${label} har lagrede data som ikke kan leses.`;
  if (isFactEventType(type) && payload.facts === undefined) return `${label} mangler faktaene vaktene leste.`;
  if (type === 'VELG_FASE' && payload.phase === undefined) return `${label} mangler hvilken fase som ble valgt.`;
  const machineEvent = cooperationEvent(type, { facts: payload.facts ?? NO_FACTS, phase: payload.phase });
  if (!from.can(machineEvent)) return `${label} ble ikke godtatt av livsløpet i «${describeState(from.value)}» med de lagrede faktaene.`;
  return { next: transition(cooperationMachine, from, machineEvent)[0], payload };
}

/** The parsed payload; {} for none; undefined when it does not have the runner's shape. */
function readPayload(event: RecordedEvent): Payload | undefined {
  const parsed = payloadSchema.safeParse(event.payload ?? null);
  return parsed.success ? (parsed.data ?? {}) : undefined;
}

/** After a reported problem: continue from the recorded state, so each problem is told once. */
function resyncTo(value: unknown, context: CooperationContext | null, problems: string[], label: string): CooperationSnapshot | null {
  const snapshot = context === null ? legacyAt(value) : resolveAt(value, context);
  if (snapshot === null) problems.push(`${label} viser til en tilstand livsløpet ikke kjenner: ${describeState(value)}. Resten av historikken kan ikke kontrolleres.`);
  return snapshot;
}

function legacyAt(value: unknown): CooperationSnapshot | null {
  if (!isKnownState(value)) return null;
  try {
    return restorableSnapshot({ snapshot: null, stateValue: value, machineVersion: 0 });
  } catch {
    return null;
  }
}

function resolveAt(value: unknown, context: CooperationContext): CooperationSnapshot | null {
  if (!isKnownState(value)) return null;
  try {
    return cooperationMachine.resolveState({ value, context });
  } catch {
    return null;
  }
}

/** A state value whose top level is a lifecycle state; its phase is checked by resolving. */
function isKnownState(value: unknown): value is StateValue {
  const shaped = typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));
  return shaped && topState(value as StateValue) !== null;
}

function topState(value: StateValue): string | null {
  try {
    return lifecycleState(value);
  } catch {
    return null;
  }
}

/** Equal as state values, whatever order jsonb returned the keys in. */
function sameState(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  // Keys of one object are distinct, so the order needs no tie.
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** "Etablering – Design" for a state of this machine; the raw JSON for anything else. */
function describeState(value: unknown): string {
  return resolveAt(value, INITIAL_CONTEXT) === null ? JSON.stringify(value) : stateLabel(value as StateValue);
}

export type StoredRow = StoredLifecycle & { id: string; state: string };

/** Compares the replayed history with the row. Pure. */
export function compareWithRow(row: StoredRow, events: readonly RecordedEvent[]): ConsistencyReport {
  const storedState = storedStateValue(row);
  if (events.length === 0) {
    if (!isVersionZero(row)) return report(row.id, 0, ['Samarbeidet har et lagret livsløp, men ingen hendelser i historikken.'], storedState, null, false);
    const restored = legacyAt(storedState);
    if (restored === null) return report(row.id, 0, [`Samarbeidet står i en tilstand livsløpet ikke kjenner: ${describeState(storedState)}.`], storedState, null, false);
    return report(row.id, 0, [], storedState, restored.value, false);
  }
  const replay = replayEvents(events);
  const problems = [...replay.problems];
  const replayedState = replay.snapshot?.value ?? null;
  if (topState(row.stateValue) !== row.state) problems.push(`Tilstandskolonnen sier «${describeState(row.state)}», men den lagrede tilstandsverdien er «${describeState(row.stateValue)}».`);
  if (replayedState !== null && !sameState(row.stateValue, replayedState)) {
    problems.push(`Samarbeidet står i «${describeState(row.stateValue)}», men historikken ender i «${describeState(replayedState)}».`);
  }
  if (isVersionZero(row)) {
    problems.push('Samarbeidet har hendelser i historikken, men mangler det lagrede øyeblikksbildet.');
  } else if (replay.snapshot !== null) {
    const persisted = row.snapshot as { value?: unknown; context?: unknown };
    if (!sameState(persisted.value, row.stateValue) || canonical(persisted.context) !== canonical(replay.snapshot.context)) {
      problems.push('Det lagrede øyeblikksbildet stemmer ikke med historikken.');
    }
  }
  return report(row.id, events.length, problems, storedState, replayedState, replay.legacyStart);
}

export function report(cooperationId: string, events: number, problems: string[], storedState: StateValue | null, replayedState: StateValue | null, legacyStart: boolean): ConsistencyReport {
  return { cooperationId, ok: problems.length === 0, events, problems, storedState, replayedState, legacyStart };
}
