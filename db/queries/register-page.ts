import 'server-only';
// The register's rows for one page of the screen, or batch by batch for the CSV export: the
// ids come from SQL (register-list.ts) in the register's order, and the rows are made from
// those cooperations' stored summaries (summaries.ts: lights, own share, next evaluation).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, taskAreas } from '../schema';
import { cursorBatches } from './cursor';
import { loadSummaries } from './summaries';
import { memberCooperations, registerConditions, registerCounts, registerIdQuery, registerOrder } from './register-list';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { pageWindow, PAGE_SIZE, type PageWindow } from '@/lib/pure/paging';
import type { RegisterQuery } from '@/lib/pure/register/query';
import { rowFromBase, type RegisterRow } from '@/lib/pure/register/row';

interface Extras {
  id: string;
  taskArea: string | null;
  isPublic: boolean;
  organisationNumber: string | null;
}

/**
 * Register rows for these cooperations, in the order given. `store: false` inside a transaction
 * (the export's cursor): stale summaries are computed but not written, so a long export never
 * holds locks that writers wait for.
 */
async function rowsFor(db: Db, kommunenummer: string, extras: readonly Extras[], now: Date, options: { store: boolean }): Promise<RegisterRow[]> {
  if (extras.length === 0) return [];
  const summaries = await loadSummaries(db, extras.map((e) => e.id), now, { ...options, parts: ['register'] });
  return extras.flatMap((e) => {
    const summary = summaries.get(e.id);
    return summary ? [rowFromBase(summary.register, { kommunenummer, taskArea: e.taskArea, isPublic: e.isPublic, organisationNumber: e.organisationNumber })] : [];
  });
}

export interface RegisterPage {
  rows: RegisterRow[];
  window: PageWindow;
  /** The municipality's cooperations without the filter. */
  all: number;
}

/** One page of the register as the query filters and sorts it, with the counts. */
export async function registerPage(db: Db, kommunenummer: string, query: RegisterQuery, page: number, now: Date): Promise<RegisterPage> {
  const today = osloDateOf(now);
  const [counts, extras] = await Promise.all([
    registerCounts(db, kommunenummer, query, today),
    registerIdQuery(db, kommunenummer, query, today)
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
  ]);
  return { rows: await rowsFor(db, kommunenummer, extras, now, { store: true }), window: pageWindow(counts.matching, page), all: counts.all };
}

/**
 * Every row the query selects, in its order, a batch at a time from a cursor (the CSV export):
 * memory holds one batch of dossiers. Stops when `signal` aborts.
 */
export async function* registerRowBatches(db: Db, kommunenummer: string, query: RegisterQuery, now: Date, signal?: AbortSignal, batchSize = 100): AsyncGenerator<RegisterRow[]> {
  const today = osloDateOf(now);
  const memberOf = memberCooperations(db, kommunenummer, today);
  const ids = db
    .select({ id: cooperations.id })
    .from(cooperations)
    .innerJoin(memberOf, eq(memberOf.cooperationId, cooperations.id))
    .where(and(...registerConditions(db, kommunenummer, query, today)))
    .orderBy(...registerOrder(query));
  for await (const batch of cursorBatches<{ id: string }>(db, ids, batchSize, signal)) {
    const list = batch.rows.map((r) => r.id);
    const found = await batch.db
      .select({ id: cooperations.id, taskArea: taskAreas.name, isPublic: cooperations.isPublic, organisationNumber: cooperations.organisationNumber })
      .from(cooperations)
      .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
      .where(inArray(cooperations.id, list));
    const byId = new Map(found.map((f) => [f.id, f]));
    yield await rowsFor(batch.db, kommunenummer, list.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])), now, { store: false });
  }
}
