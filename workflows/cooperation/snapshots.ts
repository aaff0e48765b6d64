// Restoring a persisted snapshot, whatever machine version wrote it. Pure.
// Version 0 is how rows looked before the lifecycle was persisted (only the state column,
// no snapshot); each later version bump adds an upgrade step here and a fixture test.
import type { StateValue } from 'xstate';
import { cooperationMachine, INITIAL_CONTEXT, MACHINE_VERSION, type CooperationContext, type CooperationSnapshot } from './machine';

export interface StoredLifecycle {
  snapshot: unknown;
  stateValue: StateValue;
  machineVersion: number;
  /**
   * The state column. Pass it whenever the row is at hand: rows written before the lifecycle
   * was persisted (and rows created with a state but no runner) carry state_value's default
   * "utkast" whatever this column says, and then this column is the truth.
   */
  state?: string;
}

type PersistedSnapshot = Parameters<typeof cooperationMachine.resolveState>[0] & Record<string, unknown>;

/** A snapshot for the current machine, ready for createActor(machine, { snapshot }). */
export function restorableSnapshot(stored: StoredLifecycle): CooperationSnapshot {
  if (stored.machineVersion > MACHINE_VERSION) {
    throw new Error(`Livsløpet er lagret av en nyere versjon (${stored.machineVersion}) enn denne (${MACHINE_VERSION}).`);
  }
  if (isVersionZero(stored)) return fromStateValue(storedStateValue(stored));
  // Version 1 is current: resolving validates the state value against the machine's states.
  const persisted = stored.snapshot as PersistedSnapshot;
  const context = { ...INITIAL_CONTEXT, ...(persisted.context as Partial<CooperationContext> | undefined) };
  return cooperationMachine.resolveState({ value: persisted.value, context });
}

/** A row the runner has not persisted a snapshot for: restored from its state alone. */
export function isVersionZero(stored: Pick<StoredLifecycle, 'snapshot' | 'machineVersion'>): boolean {
  return stored.snapshot === null || stored.snapshot === undefined || stored.machineVersion === 0;
}

/**
 * The state value the row stands for: state_value when it agrees with the state column,
 * otherwise the state column alone (a version-0 row whose state_value was never written).
 */
export function storedStateValue(stored: Pick<StoredLifecycle, 'stateValue' | 'state'>): StateValue {
  if (stored.state === undefined) return stored.stateValue;
  const top = typeof stored.stateValue === 'string' ? stored.stateValue : Object.keys(stored.stateValue)[0];
  return top === stored.state ? stored.stateValue : stored.state;
}

/**
 * Version 0: only a state value. Anything past medlemsvedtak has been through one round of
 * member decisions; the purpose of an open round is establishing.
 */
function fromStateValue(value: StateValue): CooperationSnapshot {
  const top = typeof value === 'string' ? value : Object.keys(value)[0];
  const decided = top !== 'utkast' && top !== 'etablering';
  const context: CooperationContext = {
    decisionRound: decided ? 1 : 0,
    decisionPurpose: top === 'medlemsvedtak' ? 'etablering' : null,
  };
  return cooperationMachine.resolveState({ value, context });
}
