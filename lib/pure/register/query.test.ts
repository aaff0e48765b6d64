import { describe, expect, it } from 'vitest';
import { applyRegisterQuery, filterRows, hasFilter, legalFormsOf, parseRegisterQuery, registerQueryString, sortRows, taskAreasOf } from './query';
import type { RegisterRow } from './row';

function row(name: string, over: Partial<RegisterRow> = {}): RegisterRow {
  const light = { light: 'ukjent' as const, score: null };
  return {
    id: name,
    name,
    legalForm: null,
    legalFormCode: null,
    organisationNumber: null,
    startDate: null,
    ownShare: null,
    nextEvaluation: null,
    taskArea: null,
    hosts: [],
    hostLabel: null,
    members: [],
    sponsors: [],
    state: 'drift',
    lastEvaluation: null,
    lights: { input: light, throughput: light, output: light },
    isPublic: true,
    ...over,
  };
}

const ROWS = [
  row('Øvre Agder brannvesen', { state: 'drift', taskArea: 'Brann og redning', lastEvaluation: '2024-05-01', members: ['Vennesla kommune'] }),
  row('Agder kommunerevisjon IKS', { state: 'evaluering', taskArea: 'Revisjon', legalForm: 'Interkommunalt selskap', legalFormCode: 'iks', lastEvaluation: '2023-01-10' }),
  row('Legevakt', { state: 'etablering', taskArea: 'Legevakt', sponsors: ['Politisk: Kari Nilsen'] }),
  row('Barnevern', { state: 'utkast', taskArea: 'Barnevern', lastEvaluation: null, legalForm: 'Vertskommunesamarbeid etter kommuneloven 1992 § 28 a flg.', legalFormCode: 'legacy_28_vertskommune' }),
];

describe('parseRegisterQuery', () => {
  it('reads valid values and drops blanks, arrays and unknown values', () => {
    expect(parseRegisterQuery({ q: ' brann ', tilstand: 'drift', oppgavefelt: 'Legevakt', sorter: 'tilstand' })).toEqual({ q: 'brann', tilstand: 'drift', oppgavefelt: 'Legevakt', sorter: 'tilstand' });
    expect(parseRegisterQuery({ q: '', tilstand: 'ukjent', sorter: ['navn', 'tilstand'], oppgavefelt: '  ' })).toEqual({});
    expect(parseRegisterQuery({ q: 'x'.repeat(101) })).toEqual({});
    expect(parseRegisterQuery({ form: 'legacy_27_styre' })).toEqual({ form: 'legacy_27_styre' });
    expect(parseRegisterQuery({ form: "iks' or 1=1" })).toEqual({});
  });
});

describe('filterRows', () => {
  it('filters by state and task area', () => {
    expect(filterRows(ROWS, { tilstand: 'drift' }).map((r) => r.name)).toEqual(['Øvre Agder brannvesen']);
    expect(filterRows(ROWS, { oppgavefelt: 'Revisjon' }).map((r) => r.name)).toEqual(['Agder kommunerevisjon IKS']);
  });

  it('filters by legal form, older-law forms included', () => {
    expect(filterRows(ROWS, { form: 'iks' }).map((r) => r.name)).toEqual(['Agder kommunerevisjon IKS']);
    expect(filterRows(ROWS, { form: 'legacy_28_vertskommune' }).map((r) => r.name)).toEqual(['Barnevern']);
    expect(filterRows(ROWS, { form: 'ko' })).toEqual([]);
    expect(hasFilter({ form: 'iks' })).toBe(true);
    expect(legalFormsOf(ROWS)).toEqual([
      { code: 'iks', name: 'Interkommunalt selskap' },
      { code: 'legacy_28_vertskommune', name: 'Vertskommunesamarbeid etter kommuneloven 1992 § 28 a flg.' },
    ]);
  });

  it('searches name, form, members and sponsors, case-insensitively, every word', () => {
    expect(filterRows(ROWS, { q: 'AGDER' }).map((r) => r.name)).toEqual(['Øvre Agder brannvesen', 'Agder kommunerevisjon IKS']);
    expect(filterRows(ROWS, { q: 'interkommunalt selskap' }).map((r) => r.name)).toEqual(['Agder kommunerevisjon IKS']);
    expect(filterRows(ROWS, { q: 'vennesla' }).map((r) => r.name)).toEqual(['Øvre Agder brannvesen']);
    expect(filterRows(ROWS, { q: 'kari nilsen' }).map((r) => r.name)).toEqual(['Legevakt']);
    expect(filterRows(ROWS, { q: 'agder legevakt' })).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts by name in Norwegian order (Ø after A–Z)', () => {
    expect(sortRows(ROWS).map((r) => r.name)).toEqual(['Agder kommunerevisjon IKS', 'Barnevern', 'Legevakt', 'Øvre Agder brannvesen']);
  });

  it('sorts by lifecycle state in the order of the lifecycle', () => {
    expect(sortRows(ROWS, 'tilstand').map((r) => r.state)).toEqual(['utkast', 'etablering', 'drift', 'evaluering']);
  });

  it('sorts never-evaluated first, then the oldest evaluation', () => {
    expect(sortRows(ROWS, 'evaluering').map((r) => r.name)).toEqual(['Barnevern', 'Legevakt', 'Agder kommunerevisjon IKS', 'Øvre Agder brannvesen']);
  });
});

describe('helpers', () => {
  it('filters then sorts', () => {
    expect(applyRegisterQuery(ROWS, { q: 'agder', sorter: 'evaluering' }).map((r) => r.name)).toEqual(['Agder kommunerevisjon IKS', 'Øvre Agder brannvesen']);
  });

  it('lists the task areas present', () => {
    expect(taskAreasOf(ROWS)).toEqual(['Barnevern', 'Brann og redning', 'Legevakt', 'Revisjon']);
  });

  it('writes the query back to a URL and knows when a filter is set', () => {
    expect(registerQueryString({ q: 'brann og redning', sorter: 'navn' })).toBe('q=brann+og+redning&sorter=navn');
    expect(hasFilter({ sorter: 'navn' })).toBe(false);
    expect(hasFilter({ tilstand: 'drift' })).toBe(true);
  });
});
