import { describe, expect, it } from 'vitest';
import type { NationalStatistics } from '@/db/queries/statistics';
import { percent, perMunicipalitySummary, statisticsFigures } from './figures';

const statistics: NationalStatistics = {
  total: 5,
  current: 4,
  byLegalForm: [
    { code: 'iks', count: 3 },
    { code: null, count: 1 },
  ],
  byTaskArea: [{ sector: 'Helse og omsorg', name: 'Legevakt', count: 4 }],
  byCounty: [{ countyNumber: '42', countyName: 'Agder', count: 4, municipalities: 25 }],
  byState: [
    { state: 'avviklet', count: 1 },
    { state: 'drift', count: 4 },
  ],
  perMunicipality: [
    { kommunenummer: '4204', name: 'Kristiansand', countyName: 'Agder', count: 4 },
    { kommunenummer: '4203', name: 'Arendal', countyName: 'Agder', count: 4 },
    { kommunenummer: '4202', name: 'Grimstad', countyName: 'Agder', count: 1 },
    { kommunenummer: '0301', name: 'Oslo', countyName: 'Oslo', count: 0 },
  ],
  byStartYear: [{ year: 2019, count: 2 }],
  withoutStartDate: 3,
};

describe('statistics figures', () => {
  const figures = statisticsFigures(statistics);
  const figure = (key: string) => figures.find((f) => f.key === key)!;

  it('names codes, orders states by the lifecycle and gives shares with a decimal comma', () => {
    expect(figure('organisasjonsform').rows).toEqual([
      ['Interkommunalt selskap', 3, '75,0'],
      ['Ikke valgt ennå', 1, '25,0'],
    ]);
    expect(figure('tilstand').chart.map((b) => b.label)).toEqual(['Drift', 'Avviklet']);
    expect(percent(1, 3)).toBe('33,3');
    expect(percent(1, 0)).toBe('0');
  });

  it('buckets municipalities by how many cooperations they are in', () => {
    expect(figure('fordeling-per-kommune').rows.slice(0, 3)).toEqual([
      ['0', 1],
      ['1–4', 3],
      ['5–9', 0],
    ]);
    expect(figure('etableringsaar').description).toContain('3 har ikke startet driften ennå');
  });

  it('summarises the distribution', () => {
    expect(perMunicipalitySummary(statistics)).toEqual({ municipalities: 4, mean: 2.25, median: 2.5, max: { count: 4, names: ['Kristiansand', 'Arendal'] } });
  });
});
