// The national statistics as figures: one definition per figure gives the chart's data, the
// table beside it and the CSV file, so the three cannot disagree. Pure.
import { LIFECYCLE_STATES, type LifecycleState } from '@/lib/pure/domain/dossier';
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

/** Bucket edges for cooperations per municipality (NIVI counted 31–39 on average). */
export const MUNICIPALITY_BUCKETS: readonly { label: string; min: number; max: number }[] = [
  { label: '0', min: 0, max: 0 },
  { label: '1–4', min: 1, max: 4 },
  { label: '5–9', min: 5, max: 9 },
  { label: '10–19', min: 10, max: 19 },
  { label: '20–29', min: 20, max: 29 },
  { label: '30–39', min: 30, max: 39 },
  { label: '40–49', min: 40, max: 49 },
  { label: '50 eller flere', min: 50, max: Number.POSITIVE_INFINITY },
];

/** Percent with one decimal and a decimal comma, as Norwegian Excel and readers expect. */
export const percent = (part: number, whole: number) => (whole === 0 ? '0' : ((part / whole) * 100).toFixed(1).replace('.', ','));

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

export function statisticsFigures(s: NationalStatistics): Figure[] {
  const forms = s.byLegalForm.map((r) => ({ label: legalFormName(r.code) ?? 'Ikke valgt ennå', value: r.count }));
  const areas = s.byTaskArea.map((r) => ({ sector: r.sector ?? '–', label: r.name ?? 'Ikke oppgitt', value: r.count }));
  const stateOrder = (state: string) => LIFECYCLE_STATES.indexOf(state as LifecycleState);
  const states = [...s.byState].sort((a, b) => stateOrder(a.state) - stateOrder(b.state)).map((r) => ({ label: STATE_LABELS[r.state as LifecycleState] ?? r.state, value: r.count }));
  const buckets = MUNICIPALITY_BUCKETS.map((b) => ({ label: b.label, value: s.perMunicipality.filter((m) => m.count >= b.min && m.count <= b.max).length }));
  return [
    {
      key: 'organisasjonsform',
      title: 'Organisasjonsform',
      description: `Samarbeid som er i gang (${s.current}), etter organisasjonsform.`,
      columns: ['Organisasjonsform', 'Antall samarbeid', 'Andel (%)'],
      rows: forms.map((f) => [f.label, f.value, percent(f.value, s.current)]),
      chart: forms,
      orientation: 'horizontal',
    },
    {
      key: 'oppgavefelt',
      title: 'Oppgavefelt',
      description: `Samarbeid som er i gang, etter oppgavefelt. Tabellen viser de 15 største; CSV-filen har alle.`,
      columns: ['Sektor', 'Oppgavefelt', 'Antall samarbeid'],
      rows: areas.map((a) => [a.sector, a.label, a.value]),
      chart: areas.slice(0, 15).map((a) => ({ label: a.label, value: a.value })),
      orientation: 'horizontal',
      pageRows: 15,
    },
    {
      key: 'fylke',
      title: 'Fylke',
      description: 'Samarbeid som er i gang med minst én deltakerkommune i fylket. Et samarbeid over fylkesgrensen telles i hvert fylke.',
      columns: ['Fylke', 'Antall samarbeid', 'Kommuner i fylket'],
      rows: s.byCounty.map((c) => [c.countyName, c.count, c.municipalities]),
      chart: s.byCounty.map((c) => ({ label: c.countyName, value: c.count })),
      orientation: 'horizontal',
    },
    {
      key: 'tilstand',
      title: 'Livsløpstilstand',
      description: `Alle offentlige samarbeid (${s.total}), også de som er avviklet eller avbrutt, etter hvor de er i livsløpet.`,
      columns: ['Tilstand', 'Antall samarbeid', 'Andel (%)'],
      rows: states.map((r) => [r.label, r.value, percent(r.value, s.total)]),
      chart: states,
      orientation: 'horizontal',
    },
    {
      key: 'fordeling-per-kommune',
      title: 'Samarbeid per kommune',
      description: 'Hvor mange kommuner som er med i et gitt antall samarbeid som er i gang.',
      columns: ['Antall samarbeid', 'Antall kommuner'],
      rows: buckets.map((b) => [b.label, b.value]),
      chart: buckets,
      orientation: 'vertical',
    },
    {
      key: 'per-kommune',
      title: 'Kommunene med flest samarbeid',
      description: 'Antall samarbeid som er i gang per kommune. Tabellen viser de 10 første; CSV-filen har alle kommunene.',
      columns: ['Kommunenummer', 'Kommune', 'Fylke', 'Antall samarbeid'],
      rows: s.perMunicipality.map((m) => [m.kommunenummer, m.name, m.countyName, m.count]),
      chart: [],
      orientation: 'horizontal',
      pageRows: 10,
    },
    {
      key: 'etableringsaar',
      title: 'Etablert per år',
      description: `Offentlige samarbeid etter året driften startet${s.withoutStartDate > 0 ? `; ${s.withoutStartDate} har ikke startet driften ennå og er ikke med` : ''}.`,
      columns: ['År', 'Antall samarbeid'],
      rows: s.byStartYear.map((y) => [String(y.year), y.count]),
      chart: s.byStartYear.map((y) => ({ label: String(y.year), value: y.count })),
      orientation: 'vertical',
    },
  ];
}
