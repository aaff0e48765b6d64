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
import { createTranslator } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
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
import type { StateWords } from './states';

export type ReplayMessage = keyof Messages['avvisning']['kontroll'];

/** The problems' words (catalogue `avvisning.kontroll`) and the states' names, in one language. */
export interface ReplayWords {
  t: (key: ReplayMessage, values?: Record<string, string>) => string;
  /** Bokmål (STATE_LABELS) when left out. */
  states?: StateWords;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'avvisning.kontroll' });
/** The problems in bokmål: the default (scripts, tests). */
export const BOKMAAL_REPLAY_WORDS: ReplayWords = { t: (key, values) => bokmaal(key, values) };

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
  /** Sentences in the words given (bokmål by default), in history order, then the row's own. */
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
export function replayEvents(recorded: readonly RecordedEvent[], w: ReplayWords = BOKMAAL_REPLAY_WORDS): Replay {
  const events = [...recorded].sort((a, b) => a.seq - b.seq);
  const problems: string[] = [];
  const start = startOf(events[0], w);
  const state = (value: unknown) => describeState(value, w);
  let current = start.snapshot;
  if (start.problem) problems.push(start.problem);

  events.forEach((event, index) => {
    if (current === null) return;
    const label = w.t('label', { seq: String(event.seq), type: event.eventType });
    const expectedSeq = index === 0 ? 1 : events[index - 1]!.seq + 1;
    if (event.seq > expectedSeq) {
      problems.push(event.seq - 1 > expectedSeq ? w.t('gapMany', { from: String(expectedSeq), to: String(event.seq - 1) }) : w.t('gapOne', { from: String(expectedSeq) }));
    }
    if (event.seq < expectedSeq) problems.push(w.t('duplicate', { seq: String(event.seq) }));
    if (event.machineVersion > MACHINE_VERSION) {
      problems.push(w.t('newerVersion', { label, version: String(event.machineVersion), current: String(MACHINE_VERSION) }));
      current = null;
      return;
    }
    if (!sameState(event.fromState, current.value)) {
      problems.push(w.t(index === 0 ? 'startsAtFirst' : 'startsAtPrevious', { label, from: state(event.fromState), previous: state(current.value) }));
      // At the very start there is no context to carry: take what a version-0 row would have.
      current = resyncTo(event.fromState, index === 0 ? null : current.context, problems, label, w);
      if (current === null) return;
    }
    const outcome = replayOne(current, event, label, w);
    if (typeof outcome === 'string') {
      problems.push(outcome);
      const round = readPayload(event)?.decisionRound ?? current.context.decisionRound;
      current = resyncTo(event.toState, { ...current.context, decisionRound: round }, problems, label, w);
      return;
    }
    if (!sameState(outcome.next.value, event.toState)) {
      problems.push(w.t('endedIn', { label, recorded: state(event.toState), replayed: state(outcome.next.value) }));
      current = resyncTo(event.toState, outcome.next.context, problems, label, w);
      return;
    }
    const round = outcome.payload.decisionRound;
    if (round !== undefined && round !== outcome.next.context.decisionRound) {
      problems.push(w.t('roundDiffers', { label, round: String(round), replayed: String(outcome.next.context.decisionRound) }));
    }
    current = outcome.next;
  });
  return { snapshot: current, problems, legacyStart: start.legacy };
}

/** Where the replay begins: 'utkast', or the state of a version-0 row the runner recorded. */
function startOf(first: RecordedEvent | undefined, w: ReplayWords): { snapshot: CooperationSnapshot | null; legacy: boolean; problem?: string } {
  const legacy = first !== undefined && readPayload(first)?.fromMachineVersion === 0 && !sameState(first.fromState, 'utkast');
  if (!legacy) return { snapshot: initialTransition(cooperationMachine)[0], legacy };
  const snapshot = legacyAt(first.fromState);
  if (snapshot !== null) return { snapshot, legacy };
  const label = w.t('label', { seq: String(first.seq), type: first.eventType });
  return { snapshot, legacy, problem: w.t('unknownStart', { label, state: describeState(first.fromState, w) }) };
}

/** One step through the machine, or the reason it cannot be replayed. */
function replayOne(from: CooperationSnapshot, event: RecordedEvent, label: string, w: ReplayWords): { next: CooperationSnapshot; payload: Payload } | string {
  if (!(COOPERATION_EVENT_TYPES as readonly string[]).includes(event.eventType)) return w.t('unknownEvent', { label });
  const type = event.eventType as CooperationEventType;
  const payload = readPayload(event);
  if (payload === undefined) return w.t('unreadablePayload', { label });
  if (isFactEventType(type) && payload.facts === undefined) return w.t('noFacts', { label });
  if (type === 'VELG_FASE' && payload.phase === undefined) return w.t('noPhase', { label });
  const machineEvent = cooperationEvent(type, { facts: payload.facts ?? NO_FACTS, phase: payload.phase });
  if (!from.can(machineEvent)) return w.t('notAccepted', { label, state: describeState(from.value, w) });
  return { next: transition(cooperationMachine, from, machineEvent)[0], payload };
}

/** The parsed payload; {} for none; undefined when it does not have the runner's shape. */
function readPayload(event: RecordedEvent): Payload | undefined {
  const parsed = payloadSchema.safeParse(event.payload ?? null);
  return parsed.success ? (parsed.data ?? {}) : undefined;
}

/** After a reported problem: continue from the recorded state, so each problem is told once. */
function resyncTo(value: unknown, context: CooperationContext | null, problems: string[], label: string, w: ReplayWords): CooperationSnapshot | null {
  const snapshot = context === null ? legacyAt(value) : resolveAt(value, context);
  if (snapshot === null) problems.push(w.t('unknownState', { label, state: describeState(value, w) }));
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
function describeState(value: unknown, w: ReplayWords): string {
  return resolveAt(value, INITIAL_CONTEXT) === null ? JSON.stringify(value) : stateLabel(value as StateValue, w.states);
}

export type StoredRow = StoredLifecycle & { id: string; state: string };

/** Compares the replayed history with the row. Pure. */
export function compareWithRow(row: StoredRow, events: readonly RecordedEvent[], w: ReplayWords = BOKMAAL_REPLAY_WORDS): ConsistencyReport {
  const storedState = storedStateValue(row);
  const state = (value: unknown) => describeState(value, w);
  if (events.length === 0) {
    if (!isVersionZero(row)) return report(row.id, 0, [w.t('storedNoEvents')], storedState, null, false);
    const restored = legacyAt(storedState);
    if (restored === null) return report(row.id, 0, [w.t('rowUnknownState', { state: state(storedState) })], storedState, null, false);
    return report(row.id, 0, [], storedState, restored.value, false);
  }
  const replay = replayEvents(events, w);
  const problems = [...replay.problems];
  const replayedState = replay.snapshot?.value ?? null;
  if (topState(row.stateValue) !== row.state) problems.push(w.t('stateColumn', { column: state(row.state), value: state(row.stateValue) }));
  if (replayedState !== null && !sameState(row.stateValue, replayedState)) {
    problems.push(w.t('rowDiffers', { stored: state(row.stateValue), replayed: state(replayedState) }));
  }
  if (isVersionZero(row)) {
    problems.push(w.t('noSnapshot'));
  } else if (replay.snapshot !== null) {
    const persisted = row.snapshot as { value?: unknown; context?: unknown };
    if (!sameState(persisted.value, row.stateValue) || canonical(persisted.context) !== canonical(replay.snapshot.context)) {
      problems.push(w.t('snapshotDiffers'));
    }
  }
  return report(row.id, events.length, problems, storedState, replayedState, replay.legacyStart);
}

export function report(cooperationId: string, events: number, problems: string[], storedState: StateValue | null, replayedState: StateValue | null, legacyStart: boolean): ConsistencyReport {
  return { cooperationId, ok: problems.length === 0, events, problems, storedState, replayedState, legacyStart };
}
