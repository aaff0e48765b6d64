// The demo builder: what a cooperation gives is laid over an empty dossier, nothing else.
import { describe, expect, it } from 'vitest';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { municipality } from './build';
import { demoCooperation } from './cooperation';

const members = [municipality('4204', 'Kristiansand', { role: 'vertskommune', expectedBenefit: null })];

describe('demoCooperation', () => {
  it('an empty dossier under the key, with no steps, when only the name and members are given', () => {
    const built = demoCooperation({ key: 'tom', name: 'Tomt samarbeid', members, isPublic: false });
    expect(built).toEqual({ key: 'tom', dossier: emptyDossier('tom', 'Tomt samarbeid', members), isPublic: false, steps: [] });
  });

  it('fills framing and design in over the empty ones and keeps the rest of them', () => {
    const built = demoCooperation({
      key: 'delvis',
      name: 'Delvis',
      members,
      isPublic: true,
      purpose: 'Et formål',
      framing: { annualReport: true, budgetOre: 100 },
      design: { legalForm: 'iks' },
      steps: [{ kind: 'event', at: '2020-01-01', type: 'START_ETABLERING' }],
    });
    const empty = emptyDossier('delvis', 'Delvis', members);
    expect(built.dossier).toEqual({
      ...empty,
      purpose: 'Et formål',
      framing: { ...empty.framing, annualReport: true, budgetOre: 100 },
      design: { ...empty.design, legalForm: 'iks' },
    });
    expect(built.dossier.framing.evaluationIntervalMonths).toBe(12);
    expect(built.steps).toHaveLength(1);
  });
});
