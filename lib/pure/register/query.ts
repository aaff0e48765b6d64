// Filtering, searching and sorting the register. The query lives in the URL (GET forms), so
// a filtered view can be shared and the CSV export can repeat it; anything malformed in
// the URL falls back to "no filter" instead of an error page.
import { z } from '@/lib/pure/validation/zod';
import { LIFECYCLE_STATES, type LifecycleState } from '@/lib/pure/domain/dossier';
import type { RegisterRow } from './row';

export const SORT_KEYS = ['navn', 'tilstand', 'evaluering'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  navn: 'Navn (A–Å)',
  tilstand: 'Tilstand i livsløpet',
  evaluering: 'Siste evaluering (eldst først)',
};

/** Empty form fields ("Alle") arrive as ''; they mean "no filter". */
const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const registerQuerySchema = z.object({
  q: z.preprocess(blankAsUndefined, z.string().trim().max(100).optional()).catch(undefined),
  tilstand: z.preprocess(blankAsUndefined, z.enum(LIFECYCLE_STATES).optional()).catch(undefined),
  oppgavefelt: z.preprocess(blankAsUndefined, z.string().trim().max(200).optional()).catch(undefined),
  /** A legal form's catalogue code (older codes included). */
  form: z.preprocess(blankAsUndefined, z.string().trim().regex(/^[a-z0-9_]{1,40}$/).optional()).catch(undefined),
  sorter: z.preprocess(blankAsUndefined, z.enum(SORT_KEYS).optional()).catch(undefined),
});

export type RegisterQuery = z.output<typeof registerQuerySchema>;

/** Reads a page's searchParams (values may be arrays) into a query; never throws. */
export function parseRegisterQuery(params: Record<string, string | string[] | undefined>): RegisterQuery {
  return registerQuerySchema.parse(params);
}

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFC');

function haystack(row: RegisterRow): string {
  return fold([row.name, row.legalForm ?? '', row.taskArea ?? '', ...row.hosts, ...row.members, ...row.sponsors].join('\n'));
}

export function filterRows(rows: readonly RegisterRow[], query: RegisterQuery): RegisterRow[] {
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  return rows.filter(
    (row) =>
      (!query.tilstand || row.state === query.tilstand) &&
      (!query.oppgavefelt || row.taskArea === query.oppgavefelt) &&
      (!query.form || row.legalFormCode === query.form) &&
      (words.length === 0 || words.every((w) => haystack(row).includes(w))),
  );
}

const byName = (a: RegisterRow, b: RegisterRow) => a.name.localeCompare(b.name, 'nb');
const stateIndex = (state: LifecycleState) => LIFECYCLE_STATES.indexOf(state);

/** Never evaluated first, then the oldest evaluation: the ones most in need of one come first. */
function byEvaluation(a: RegisterRow, b: RegisterRow): number {
  if (a.lastEvaluation === b.lastEvaluation) return byName(a, b);
  if (a.lastEvaluation === null) return -1;
  if (b.lastEvaluation === null) return 1;
  return a.lastEvaluation.localeCompare(b.lastEvaluation);
}

export function sortRows(rows: readonly RegisterRow[], key: SortKey = 'navn'): RegisterRow[] {
  const compare =
    key === 'tilstand' ? (a: RegisterRow, b: RegisterRow) => stateIndex(a.state) - stateIndex(b.state) || byName(a, b) : key === 'evaluering' ? byEvaluation : byName;
  return [...rows].sort(compare);
}

export function applyRegisterQuery(rows: readonly RegisterRow[], query: RegisterQuery): RegisterRow[] {
  return sortRows(filterRows(rows, query), query.sorter);
}

/** The task areas present in the rows, for the filter's options. */
export function taskAreasOf(rows: readonly RegisterRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.taskArea ? [r.taskArea] : [])))].sort((a, b) => a.localeCompare(b, 'nb'));
}

/** The legal forms present in the rows (code and name), for the filter's options, by name. */
export function legalFormsOf(rows: readonly RegisterRow[]): { code: string; name: string }[] {
  const forms = new Map<string, string>();
  for (const r of rows) if (r.legalFormCode) forms.set(r.legalFormCode, r.legalForm ?? r.legalFormCode);
  return [...forms].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The query as a URL query string (without '?'), for links that keep the current view. */
export function registerQueryString(query: RegisterQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return params.toString();
}

export function hasFilter(query: RegisterQuery): boolean {
  return Boolean(query.q || query.tilstand || query.oppgavefelt || query.form);
}
