// The national statistics as figures: one definition per figure gives the chart's data, the
// table beside it and the CSV file, so the three cannot disagree. Pure. The words come from the
// `statistikk.figur` catalogue namespace in the page's language; the CSV files keep bokmål
// (their column names are what spreadsheets and scripts look up), the default here.
import { createTranslator } from 'use-intl/core';
import { LIFECYCLE_STATES, type LifecycleState } from '@/lib/pure/domain/dossier';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { legalFormName } from '@/lib/pure/register/row';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import type { NationalStatistics } from '@/db/queries/statistics';

export const FIGURE_KEYS = ['organisasjonsform', 'oppgavefelt', 'fylke', 'tilstand', 'fordeling-per-kommune', 'per-kommune', 'etableringsaar'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export type Cell = string | number;

export interface Figure {
  key: FigureKey;
  title: string;
  /** What is counted, in one sentence under the title. */
  description: string;
  columns: string[];
  rows: Cell[][];
  /** The bars: label and value. Empty = table only. */
  chart: { label: string; value: number }[];
  /** Long labels read best as horizontal bars; years as columns. */
  orientation: 'horizontal' | 'vertical';
  /** Show only the first rows on the page (the CSV has all). */
  pageRows?: number;
}

/** Bucket edges for cooperations per municipality (NIVI counted 31–39 on average); the last is open. */
export const MUNICIPALITY_BUCKETS: readonly { min: number; max: number }[] = [
  { min: 0, max: 0 },
  { min: 1, max: 4 },
  { min: 5, max: 9 },
  { min: 10, max: 19 },
  { min: 20, max: 29 },
  { min: 30, max: 39 },
  { min: 40, max: 49 },
  { min: 50, max: Number.POSITIVE_INFINITY },
];

/** Percent with one decimal and a decimal comma, as Norwegian Excel and readers expect. */
export const percent = (part: number, whole: number) => (whole === 0 ? '0' : ((part / whole) * 100).toFixed(1).replace('.', ','));

export type FigureMessage = keyof Messages['statistikk']['figur'];

/** The words and number style of the figures in one language. */
export interface FigureWords {
  /** A message of the `statistikk.figur` namespace. */
  t: (key: FigureMessage, values?: Record<string, string | number>) => string;
  /** A lifecycle state's name. */
  state: (state: LifecycleState) => string;
  /** `part` of `whole` in percent with one decimal (0 when `whole` is 0). */
  share: (part: number, whole: number) => string;
  /** A task area's and a sector's stored (bokmål) name in this language (task-area-words.ts); as stored without. */
  taskArea?: (name: string) => string;
  sector?: (sector: string) => string;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'statistikk.figur' });

/** Bokmål with a decimal comma: the CSV files' words. */
export const BOKMAAL_FIGURE_WORDS: FigureWords = {
  t: (key, values) => bokmaal(key, values),
  state: (state) => STATE_LABELS[state],
  share: percent,
};

export interface Summary {
  municipalities: number;
  mean: number;
  median: number;
  max: { count: number; names: string[] };
}

export function perMunicipalitySummary(s: NationalStatistics): Summary {
  const counts = s.perMunicipality.map((m) => m.count).sort((a, b) => a - b);
  const total = counts.reduce((sum, c) => sum + c, 0);
  const mid = Math.floor(counts.length / 2);
  const median = counts.length === 0 ? 0 : counts.length % 2 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  const max = counts.at(-1) ?? 0;
  return {
    municipalities: counts.length,
    mean: counts.length === 0 ? 0 : total / counts.length,
    median,
    max: { count: max, names: max === 0 ? [] : s.perMunicipality.filter((m) => m.count === max).map((m) => m.name) },
  };
}

/** A bucket's label: "0", "1–4", "50 eller flere". */
function bucketLabel(b: { min: number; max: number }, words: FigureWords): string {
  if (b.max === Number.POSITIVE_INFINITY) return words.t('bucketOpen', { min: b.min });
  return b.min === b.max ? String(b.min) : `${b.min}–${b.max}`;
}

/** Names of legal forms and counties are the catalogue's and the register's data, in bokmål; task areas as `words` names them. */
export function statisticsFigures(s: NationalStatistics, words: FigureWords = BOKMAAL_FIGURE_WORDS): Figure[] {
  const { t, share } = words;
  const forms = s.byLegalForm.map((r) => ({ label: legalFormName(r.code) ?? t('noLegalForm'), value: r.count }));
  const { taskArea = (name: string) => name, sector = (name: string) => name } = words;
  const areas = s.byTaskArea.map((r) => ({ sector: r.sector ? sector(r.sector) : '–', label: r.name ? taskArea(r.name) : t('noTaskArea'), value: r.count }));
  const stateOrder = (state: string) => LIFECYCLE_STATES.indexOf(state as LifecycleState);
  const stateLabel = (state: string) => (stateOrder(state) >= 0 ? words.state(state as LifecycleState) : state);
  const states = [...s.byState].sort((a, b) => stateOrder(a.state) - stateOrder(b.state)).map((r) => ({ label: stateLabel(r.state), value: r.count }));
  const buckets = MUNICIPALITY_BUCKETS.map((b) => ({ label: bucketLabel(b, words), value: s.perMunicipality.filter((m) => m.count >= b.min && m.count <= b.max).length }));
  const AREA_ROWS = 15;
  const MUNICIPALITY_ROWS = 10;
  return [
    {
      key: 'organisasjonsform',
      title: t('formTitle'),
      description: t('formDescription', { current: s.current }),
      columns: [t('formTitle'), t('colCooperations'), t('colShare')],
      rows: forms.map((f) => [f.label, f.value, share(f.value, s.current)]),
      chart: forms,
      orientation: 'horizontal',
    },
    {
      key: 'oppgavefelt',
      title: t('areaTitle'),
      description: t('areaDescription', { shown: AREA_ROWS }),
      columns: [t('colSector'), t('areaTitle'), t('colCooperations')],
      rows: areas.map((a) => [a.sector, a.label, a.value]),
      chart: areas.slice(0, AREA_ROWS).map((a) => ({ label: a.label, value: a.value })),
      orientation: 'horizontal',
      pageRows: AREA_ROWS,
    },
    {
      key: 'fylke',
      title: t('countyTitle'),
      description: t('countyDescription'),
      columns: [t('countyTitle'), t('colCooperations'), t('colCountyMunicipalities')],
      rows: s.byCounty.map((c) => [c.countyName, c.count, c.municipalities]),
      chart: s.byCounty.map((c) => ({ label: c.countyName, value: c.count })),
      orientation: 'horizontal',
    },
    {
      key: 'tilstand',
      title: t('stateTitle'),
      description: t('stateDescription', { total: s.total }),
      columns: [t('colState'), t('colCooperations'), t('colShare')],
      rows: states.map((r) => [r.label, r.value, share(r.value, s.total)]),
      chart: states,
      orientation: 'horizontal',
    },
    {
      key: 'fordeling-per-kommune',
      title: t('bucketsTitle'),
      description: t('bucketsDescription'),
      columns: [t('colCooperations'), t('colMunicipalities')],
      rows: buckets.map((b) => [b.label, b.value]),
      chart: buckets,
      orientation: 'vertical',
    },
    {
      key: 'per-kommune',
      title: t('perMunicipalityTitle'),
      description: t('perMunicipalityDescription', { shown: MUNICIPALITY_ROWS }),
      columns: [t('colNumber'), t('colMunicipality'), t('countyTitle'), t('colCooperations')],
      rows: s.perMunicipality.map((m) => [m.kommunenummer, m.name, m.countyName, m.count]),
      chart: [],
      orientation: 'horizontal',
      pageRows: MUNICIPALITY_ROWS,
    },
    {
      key: 'etableringsaar',
      title: t('yearTitle'),
      description: t('yearDescription', { without: s.withoutStartDate }),
      columns: [t('colYear'), t('colCooperations')],
      rows: s.byStartYear.map((y) => [String(y.year), y.count]),
      chart: s.byStartYear.map((y) => ({ label: String(y.year), value: y.count })),
      orientation: 'vertical',
    },
  ];
}
