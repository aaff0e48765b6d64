import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import type { NationalStatistics } from '@/db/queries/statistics';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { taskAreaNameIn, taskAreaSectorIn } from '@/lib/pure/domain/task-area-words';
import { BOKMAAL_FIGURE_WORDS, percent, perMunicipalitySummary, statisticsFigures, type FigureWords } from './figures';

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

  it('words the CSV files in bokmål by default, with the column names spreadsheets look up', () => {
    expect(figures.map((f) => f.columns)).toEqual([
      ['Organisasjonsform', 'Antall samarbeid', 'Andel (%)'],
      ['Sektor', 'Oppgavefelt', 'Antall samarbeid'],
      ['Fylke', 'Antall samarbeid', 'Kommuner i fylket'],
      ['Tilstand', 'Antall samarbeid', 'Andel (%)'],
      ['Antall samarbeid', 'Antall kommuner'],
      ['Kommunenummer', 'Kommune', 'Fylke', 'Antall samarbeid'],
      ['År', 'Antall samarbeid'],
    ]);
    expect(figure('fordeling-per-kommune').rows.at(-1)).toEqual(['50 eller flere', 0]);
    expect(figure('organisasjonsform').description).toBe('Samarbeid som er i gang (4), etter organisasjonsform.');
  });

  it('leaves out the count of cooperations not started when there are none', () => {
    const started = statisticsFigures({ ...statistics, withoutStartDate: 0 }).find((f) => f.key === 'etableringsaar')!;
    expect(started.description).toBe('Offentlige samarbeid etter året driften startet.');
  });

  it('takes its words, state names and shares from the page’s language', () => {
    const t = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'statistikk.figur' });
    const tState = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'tilstand' });
    const english: FigureWords = { t: (key, values) => t(key, values), state: (s) => tState(s), share: (part, whole) => ((part / whole) * 100).toFixed(1) };
    const inEnglish = statisticsFigures(statistics, english);
    const en = (key: string) => inEnglish.find((f) => f.key === key)!;
    expect(en('organisasjonsform').columns).toEqual(['Legal form', 'Number of cooperations', 'Share (%)']);
    expect(en('organisasjonsform').rows).toEqual([
      ['Interkommunalt selskap', 3, '75.0'],
      ['Not chosen yet', 1, '25.0'],
    ]);
    expect(en('tilstand').chart.map((b) => b.label)).toEqual(['In operation', 'Wound up']);
    expect(en('fordeling-per-kommune').rows.at(-1)).toEqual(['50 or more', 0]);
    expect(en('etableringsaar').description).toBe('Public cooperations by the year operations started; 3 have not started operating yet and are left out.');
  });

  it('names the task areas and their sectors in nynorsk and English when the words do, and keeps them in bokmål by default', () => {
    expect(figure('oppgavefelt').rows).toEqual([['Helse og omsorg', 'Legevakt', 4]]);
    for (const [locale, row] of [
      ['nn', ['Helse og omsorg', 'Legevakt', 4]],
      ['en', ['Health and care', 'Out-of-hours medical service', 4]],
    ] as const) {
      const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'statistikk.figur' });
      const area = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'oppgavefelt' });
      const words: FigureWords = { ...BOKMAAL_FIGURE_WORDS, t: (key, values) => t(key, values), taskArea: (n) => taskAreaNameIn(n, area), sector: (s) => taskAreaSectorIn(s, area) };
      const areas = statisticsFigures(statistics, words).find((f) => f.key === 'oppgavefelt')!;
      expect(areas.rows).toEqual([row]);
      expect(areas.chart).toEqual([{ label: row[1], value: 4 }]);
    }
    const nn = createTranslator({ locale: 'nn', messages: CATALOGUES.nn, namespace: 'oppgavefelt' });
    const water = statisticsFigures({ ...statistics, byTaskArea: [{ sector: 'Tekniske tjenester og infrastruktur', name: 'Vann og avløp', count: 2 }] }, { ...BOKMAAL_FIGURE_WORDS, taskArea: (n) => taskAreaNameIn(n, nn), sector: (s) => taskAreaSectorIn(s, nn) });
    expect(water.find((f) => f.key === 'oppgavefelt')!.rows).toEqual([['Tekniske tenester og infrastruktur', 'Vatn og avløp', 2]]);
  });

  it('summarises the distribution', () => {
    expect(perMunicipalitySummary(statistics)).toEqual({ municipalities: 4, mean: 2.25, median: 2.5, max: { count: 4, names: ['Kristiansand', 'Arendal'] } });
  });
});
