import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATES, PHASES } from '@/lib/pure/domain/dossier';
import { readinessFacts } from '@/lib/pure/domain/readiness';
import { readyDossier } from '@/testing/fixtures/domain';
import {
  COOPERATION_EVENT_TYPES,
  cooperationEvent,
  currentPhase,
  EVENT_LABELS,
  EVENT_REQUIREMENTS,
  FACT_EVENT_TYPES,
  lifecycleState,
  STATE_LABELS,
  stateLabel,
} from './machine';

const facts = readinessFacts(readyDossier(), { decisionRound: 1 });

describe('cooperationEvent', () => {
  it('attaches facts only where a guard reads them', () => {
    for (const type of COOPERATION_EVENT_TYPES.filter((t) => t !== 'VELG_FASE')) {
      const event = cooperationEvent(type, { facts });
      const expectsFacts = (FACT_EVENT_TYPES as readonly string[]).includes(type);
      expect(event).toEqual(expectsFacts ? { type, facts } : { type });
    }
  });

  it('gives VELG_FASE its phase and nothing else', () => {
    expect(cooperationEvent('VELG_FASE', { facts, phase: 'stotte' })).toEqual({ type: 'VELG_FASE', phase: 'stotte' });
    expect(() => cooperationEvent('VELG_FASE', { facts })).toThrow('VELG_FASE krever en fase.');
  });
});

describe('labels', () => {
  it('labels every event, and explains every guarded one, in Norwegian', () => {
    for (const type of COOPERATION_EVENT_TYPES) expect(EVENT_LABELS[type].length).toBeGreaterThan(3);
    for (const type of FACT_EVENT_TYPES) expect(EVENT_REQUIREMENTS[type]).toMatch(/\.$/);
  });

  it('labels every state and phase', () => {
    for (const key of [...LIFECYCLE_STATES, ...PHASES]) expect(STATE_LABELS[key].length).toBeGreaterThan(3);
  });
});

describe('reading a state value', () => {
  it('finds the lifecycle state and the phase', () => {
    expect(lifecycleState('drift')).toBe('drift');
    expect(lifecycleState({ redesign: 'stotte' })).toBe('redesign');
    expect(currentPhase('drift')).toBeNull();
    expect(currentPhase({ etablering: 'deltakelse' })).toBe('deltakelse');
    expect(currentPhase({ etablering: { nested: 'x' } })).toBeNull();
  });

  it('builds a readable label', () => {
    expect(stateLabel('medlemsvedtak')).toBe('Vedtak i deltakerne');
    expect(stateLabel({ etablering: 'stotte' })).toBe('Etablering – Støtte og tilrettelegging');
  });

  it('refuses values from another machine', () => {
    expect(() => lifecycleState('ukjent')).toThrow('Ukjent livsløpstilstand: "ukjent"');
    expect(() => lifecycleState({})).toThrow('Ukjent livsløpstilstand');
  });
});
