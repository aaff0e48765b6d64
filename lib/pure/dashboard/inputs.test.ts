import { describe, expect, it } from 'vitest';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { dashboardInput, decisionRoundOf } from './inputs';

const inRound = (decisionRound: number) => ({
  machineVersion: 1,
  stateValue: 'medlemsvedtak',
  snapshot: { status: 'active', value: 'medlemsvedtak', historyValue: {}, context: { decisionRound, decisionPurpose: 'etablering' }, children: {} },
});

describe('the open round of member decisions, read from the snapshot', () => {
  it('is the round in the snapshot', () => {
    expect(decisionRoundOf(inRound(3))).toBe(3);
  });

  it('follows a row from before the lifecycle was persisted from its state', () => {
    expect(decisionRoundOf({ snapshot: null, stateValue: 'drift', machineVersion: 0, state: 'drift' })).toBe(1);
  });

  it('is unknown (no task is invented) when the snapshot cannot be read', () => {
    expect(decisionRoundOf({ ...inRound(1), machineVersion: 99 })).toBeNull();
    expect(decisionRoundOf({ ...inRound(1), snapshot: { value: 'ingen-slik-tilstand', context: {} } })).toBeNull();
  });

  it('makes a row into a card input with everything else as read', () => {
    const dossier = emptyDossier('c-1', 'Samarbeidet');
    const input = dashboardInput({ dossier, lifecycle: inRound(2), occurrences: [], executions: [] });
    expect(input).toEqual({ dossier, decisionRound: 2, occurrences: [], executions: [] });
  });
});
