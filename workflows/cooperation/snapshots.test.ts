import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getShortestPaths } from '@xstate/graph';
import { createActor, type Snapshot, type StateValue } from 'xstate';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATES, PHASES } from '@/lib/pure/domain/dossier';
import { COOPERATION_EVENT_TYPES, cooperationMachine, isFactEventType, lifecycleState, MACHINE_VERSION, type CooperationEvent, type CooperationSnapshot } from './machine';
import { isVersionZero, restorableSnapshot, storedStateValue } from './snapshots';

const FIXTURE = path.join(process.cwd(), 'workflows', 'cooperation', '__fixtures__', 'snapshot-v1-medlemsvedtak.json');
const passing = (round: number) => ({
  phasesReady: { innramming: true, design: true, stotte: true, deltakelse: true },
  decisions: { round, allConsented: true, anyRejected: false },
  evaluationClosed: true,
  exitChecklistComplete: true,
});

describe('version 0: a row with only a state', () => {
  it.each(LIFECYCLE_STATES)('resolves %s', (state) => {
    const restored = restorableSnapshot({ snapshot: null, stateValue: state, machineVersion: 0 });
    expect(lifecycleState(restored.value)).toBe(state);
    const decided = state !== 'utkast' && state !== 'etablering';
    expect(restored.context).toEqual({
      decisionRound: decided ? 1 : 0,
      decisionPurpose: state === 'medlemsvedtak' ? 'etablering' : null,
    });
    expect(restored.status).toBe(state === 'avviklet' || state === 'avbrutt' ? 'done' : 'active');
  });

  it('enters the first phase of a compound state, and keeps a stored phase', () => {
    const at = (stateValue: StateValue) => restorableSnapshot({ snapshot: null, stateValue, machineVersion: 0 }).value;
    expect(at('etablering')).toEqual({ etablering: 'innramming' });
    expect(at('redesign')).toEqual({ redesign: 'design' });
    expect(at({ etablering: 'stotte' })).toEqual({ etablering: 'stotte' });
  });

  it('treats a missing snapshot as version 0 whatever the version column says', () => {
    expect(isVersionZero({ snapshot: null, machineVersion: 1 })).toBe(true);
    expect(isVersionZero({ snapshot: undefined, machineVersion: 1 })).toBe(true);
    expect(isVersionZero({ snapshot: { value: 'drift' }, machineVersion: 0 })).toBe(true);
    expect(isVersionZero({ snapshot: { value: 'drift' }, machineVersion: 1 })).toBe(false);
  });

  it('believes the state column when state_value still holds its default', () => {
    // Rows from before the lifecycle was persisted, and rows created with a state directly.
    const legacy = { snapshot: null, stateValue: 'utkast', machineVersion: 1, state: 'drift' };
    expect(storedStateValue(legacy)).toBe('drift');
    expect(restorableSnapshot(legacy).value).toBe('drift');
    expect(storedStateValue({ stateValue: { etablering: 'stotte' }, state: 'etablering' })).toEqual({ etablering: 'stotte' });
    expect(storedStateValue({ stateValue: { redesign: 'stotte' } })).toEqual({ redesign: 'stotte' });
  });

  it('refuses a state the machine does not have', () => {
    expect(() => restorableSnapshot({ snapshot: null, stateValue: 'aktiv', machineVersion: 0 })).toThrow();
  });
});

describe('version 1: a persisted snapshot', () => {
  it('restores the committed fixture and continues', () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { machineVersion: number; snapshot: { value: StateValue } };
    expect(fixture.machineVersion).toBe(1);
    const restored = restorableSnapshot({ ...fixture, stateValue: fixture.snapshot.value });
    expect(restored.value).toBe('medlemsvedtak');
    expect(restored.context).toEqual({ decisionRound: 1, decisionPurpose: 'etablering' });
    const actor = createActor(cooperationMachine, { snapshot: restored }).start();
    actor.send({ type: 'ALLE_VEDTAK_FATTET', facts: passing(1) });
    expect(actor.getSnapshot().value).toBe('drift');
    actor.stop();
  });

  it('survives a JSON round trip from every reachable state', () => {
    const events = (s: CooperationSnapshot): CooperationEvent[] =>
      COOPERATION_EVENT_TYPES.flatMap((type): CooperationEvent[] => {
        if (type === 'VELG_FASE') return PHASES.map((phase) => ({ type, phase }));
        return [isFactEventType(type) ? { type, facts: passing(s.context.decisionRound) } : { type }];
      });
    const paths = getShortestPaths(cooperationMachine, { events, serializeState: (s) => JSON.stringify([s.value, s.context.decisionPurpose]) });
    expect(paths.length).toBeGreaterThan(15);
    for (const { state } of paths) {
      const stored = JSON.parse(JSON.stringify(cooperationMachine.getPersistedSnapshot(state))) as Snapshot<unknown> & { value: StateValue };
      const restored = restorableSnapshot({ snapshot: stored, stateValue: stored.value, machineVersion: MACHINE_VERSION });
      expect([restored.value, restored.context, restored.status]).toEqual([state.value, state.context, state.status]);
    }
  });

  it('fills context a snapshot lacks from the initial context', () => {
    const restored = restorableSnapshot({ snapshot: { value: 'drift' }, stateValue: 'drift', machineVersion: 1 });
    expect(restored.context).toEqual({ decisionRound: 0, decisionPurpose: null });
  });

  it('refuses a snapshot from a newer version, in Norwegian', () => {
    const stored = { snapshot: { value: 'drift', context: {} }, stateValue: 'drift', machineVersion: MACHINE_VERSION + 1 };
    expect(() => restorableSnapshot(stored)).toThrow(`Livsløpet er lagret av en nyere versjon (${MACHINE_VERSION + 1}) enn denne (${MACHINE_VERSION}).`);
  });
});
