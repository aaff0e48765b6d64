import { describe, expect, it } from 'vitest';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { structuralScores } from '@/lib/pure/domain/legitimacy';
import { leakyDossier } from '@/testing/fixtures/register';
import { computeCostShares } from '@/lib/pure/domain/cost-shares';
import { hostLabel, legalFormName, lightText, nextEvaluation, ownShare, registerRow, shortLightText } from './row';

const NOW = new Date('2025-06-01T10:00:00Z');

describe('the municipality’s own share and the next evaluation', () => {
  it('takes the own share from the cost key, or says why there is none', () => {
    const d = readyDossier();
    const result = computeCostShares(d.members, d.framing.costKey, d.framing.budgetOre);
    if (!result.ok) throw new Error(result.message);
    const grimstad = d.members.find((m) => m.kommunenummer === '4202')!;
    const expected = result.shares.find((s) => s.memberId === grimstad.id)!;
    expect(ownShare(d, '4202')).toEqual({ ok: true, basisPoints: expected.shareBasisPoints, amountOre: expected.amountOre });
    expect(ownShare(emptyDossier('x', 'Tomt', d.members), '4202')).toEqual({ ok: false, reason: 'Fordelingsnøkkel er ikke valgt.', code: 'no_cost_key', names: [] });
    expect(ownShare(d, '0301')).toBeNull();
  });

  it('gives the next evaluation only for running cooperations, and marks it overdue', () => {
    expect(nextEvaluation(readyDossier(), NOW)).toBeNull();
    expect(nextEvaluation(leakyDossier(), NOW)).toEqual({ dueDate: '2026-03-15', overdue: false, inProgress: false });
    const old = { ...leakyDossier(), evaluations: [], startDate: '2009-01-01' };
    expect(nextEvaluation(old, NOW)).toEqual({ dueDate: '2010-01-01', overdue: true, inProgress: false });
    expect(registerRow(old, { kommunenummer: '4203', taskArea: null, isPublic: true, organisationNumber: '974760673' }, NOW)).toMatchObject({ startDate: '2009-01-01', organisationNumber: '974760673', legalFormCode: old.design.legalForm });
  });

  it('is overdue from midnight in Norway, not from midnight UTC', () => {
    // Due 15 March 2026; 00:30 on the 16th in Oslo (winter time) is 23:30 on the 15th in UTC.
    expect(nextEvaluation(leakyDossier(), new Date('2026-03-15T23:30:00Z'))).toMatchObject({ dueDate: '2026-03-15', overdue: true });
    expect(nextEvaluation(leakyDossier(), new Date('2026-03-15T22:59:59Z'))).toMatchObject({ dueDate: '2026-03-15', overdue: false });
  });
});

describe('registerRow', () => {
  it('reads form, host, members and the register municipality’s own sponsors', () => {
    const row = registerRow(readyDossier(), { kommunenummer: '4202', taskArea: 'Legevakt', isPublic: true }, NOW);
    expect(row).toMatchObject({
      name: 'Legevakt Østre Agder',
      legalForm: 'Vertskommunesamarbeid med felles folkevalgt nemnd',
      taskArea: 'Legevakt',
      hosts: ['Arendal kommune'],
      hostLabel: 'Vertskommune',
      members: ['Arendal kommune', 'Grimstad kommune', 'Lillesand kommune', 'Froland kommune'],
      sponsors: ['Politisk: Ordfører i Grimstad', 'Administrativ: Kommunalsjef helse i Grimstad'],
      state: 'etablering',
      lastEvaluation: null,
      isPublic: true,
    });
  });

  it('takes the three lights from the structural scores', () => {
    const dossier = readyDossier();
    const scores = structuralScores(dossier, NOW);
    const row = registerRow(dossier, { kommunenummer: '4203', taskArea: null, isPublic: false }, NOW);
    expect(row.lights.input).toEqual({ light: scores.input.light, score: scores.input.score });
    expect(row.lights.throughput).toEqual({ light: scores.throughput.light, score: scores.throughput.score });
    expect(row.lights.output).toEqual({ light: scores.output.light, score: scores.output.score });
  });

  it('gives the day the latest evaluation closed', () => {
    const row = registerRow(leakyDossier(), { kommunenummer: '4203', taskArea: null, isPublic: true }, NOW);
    expect(row.lastEvaluation).toBe('2025-03-15');
  });

  it('handles a bare draft: no form, no host, no sponsors', () => {
    const row = registerRow(emptyDossier('x', 'Utkast'), { kommunenummer: '4203', taskArea: null, isPublic: true }, NOW);
    expect(row).toMatchObject({ legalForm: null, hosts: [], members: [], sponsors: [], state: 'utkast' });
  });
});

describe('lightText', () => {
  it('says the light in words, with the score', () => {
    expect(lightText('input', { light: 'gul', score: 55 })).toBe('Input: gul (55 av 100)');
    expect(lightText('output', { light: 'ukjent', score: null })).toBe('Output: ukjent (ingen data ennå)');
    expect(shortLightText('throughput', { light: 'groenn', score: 100 })).toBe('Throughput: grønn (100)');
    expect(shortLightText('output', { light: 'ukjent', score: null })).toBe('Output: ukjent');
  });
});

describe('legalFormName', () => {
  it('names catalogue forms and keeps unknown codes visible', () => {
    expect(legalFormName('iks')).toBe('Interkommunalt selskap');
    expect(legalFormName('gammel_kode')).toBe('gammel_kode');
    expect(legalFormName(null)).toBeNull();
  });
});

describe('hostLabel', () => {
  it('names the host by its role', () => {
    expect(hostLabel([{ role: 'kontorkommune' }, { role: 'deltaker' }])).toBe('Kontorkommune');
    expect(hostLabel([{ role: 'vertskommune' }, { role: 'kontorkommune' }])).toBe('Vertskommune/kontorkommune');
    expect(hostLabel([{ role: 'deltaker' }])).toBeNull();
  });
});
