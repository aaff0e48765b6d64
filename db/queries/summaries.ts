import 'server-only';
// Reading cooperation summaries (db/schema/summaries.ts) for one page of a list, computing again
// the ones that are missing, stale (the data changed: the triggers raised the generation), from
// another day, or in an old format — from their dossiers, in one batch — and storing them.
//
// Storing is optimistic: a summary is written only if the generation it was computed from is
// still the current one. A write that commits meanwhile raised it, so the stale result is
// dropped and the next read computes again; a summary can never hide a committed change.
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationSummaries } from '../schema';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { dashboardInput } from '@/lib/pure/dashboard/inputs';
import { isCurrentSummary, summarise, SUMMARY_FORMAT, type CooperationSummary } from '@/lib/pure/dashboard/summary';
import { loadDashboardFor } from './dashboard';
import { rowsOf } from './rows-of';

/** The parts of a summary a list can ask for alone (a register row needs no card, a card no register row). */
export type SummaryPart = Exclude<keyof CooperationSummary, 'format'>;
const PARTS: Record<SummaryPart, true> = { card: true, resource: true, register: true };

/**
 * The summaries of these cooperations (those that exist), by id. With `store: false` (inside a
 * long transaction such as an export's cursor) stale ones are computed and not written. With
 * `parts`, only those parts come from the database (the rest of the stored document is neither
 * sent nor parsed: a card is about twice a register row); a summary computed afresh comes whole.
 */
export async function loadSummaries<P extends SummaryPart = SummaryPart>(
  db: Db,
  ids: readonly string[],
  now: Date,
  { store = true, parts }: { store?: boolean; parts?: readonly P[] } = {},
): Promise<Map<string, Pick<CooperationSummary, 'format' | P>>> {
  const result = new Map<string, Pick<CooperationSummary, 'format' | P>>();
  const list = [...new Set(ids)];
  if (list.length === 0) return result;
  const today = osloDateOf(now);
  // The keys are this module's own names (PARTS), never the caller's text.
  const keys = ['format', ...(parts ?? []).filter((part) => PARTS[part])];
  const document = parts ? sql<unknown>`jsonb_build_object(${sql.raw(keys.map((key) => `'${key}', summary->'${key}'`).join(', '))})` : cooperationSummaries.summary;
  const stored = await db
    .select({
      cooperationId: cooperationSummaries.cooperationId,
      generation: cooperationSummaries.generation,
      computedGeneration: cooperationSummaries.computedGeneration,
      computedFor: cooperationSummaries.computedFor,
      summary: document,
    })
    .from(cooperationSummaries)
    .where(inArray(cooperationSummaries.cooperationId, list));
  const byId = new Map(stored.map((r) => [r.cooperationId, r]));
  const stale: string[] = [];
  for (const id of list) {
    const row = byId.get(id);
    if (row && row.computedGeneration === row.generation && row.computedFor === today && isCurrentSummary(row.summary)) result.set(id, row.summary);
    else stale.push(id);
  }
  if (stale.length === 0) return result;
  if (!store) {
    for (const row of await loadDashboardFor(db, stale, today)) result.set(row.dossier.id, summarise(dashboardInput(row), now));
    return result;
  }
  // A cooperation never written since the triggers came gets its row here; the generation is read
  // before the data, so a write committing after this point is seen as a newer generation.
  const generations = await db.execute<{ id: string; generation: number }>(sql`
    with ensured as (
      insert into ${cooperationSummaries} (cooperation_id)
      select c.id from cooperations c where c.id = any(${sql.param(stale)}::uuid[]) order by c.id
      on conflict (cooperation_id) do nothing
      returning cooperation_id as id, generation
    )
    select id, generation from ensured
    union all
    select cooperation_id as id, generation from ${cooperationSummaries} where cooperation_id = any(${sql.param(stale)}::uuid[])`);
  const generationOf = new Map(rowsOf<{ id: string; generation: number }>(generations).map((r) => [r.id, Number(r.generation)]));
  const fresh = (await loadDashboardFor(db, stale, today)).map((row) => ({ id: row.dossier.id, summary: summarise(dashboardInput(row), now) }));
  const writes = fresh.flatMap(({ id, summary }) => {
    result.set(id, summary);
    const generation = generationOf.get(id);
    return generation === undefined ? [] : [{ id, generation, summary }];
  });
  if (writes.length > 0) await storeSummaries(db, writes, today);
  return result;
}

/**
 * Best effort: the page has its summaries whether or not they are stored. A writer raising the
 * same generations at the moment of storing (a deadlock, which PostgreSQL breaks by failing one
 * side) only means the next read computes again.
 */
async function storeSummaries(db: Db, writes: { id: string; generation: number; summary: CooperationSummary }[], today: string): Promise<void> {
  try {
    await db.execute(sql`
      update ${cooperationSummaries} s
      set summary = w.summary, computed_generation = w.generation, computed_for = ${today}
      from jsonb_to_recordset(${JSON.stringify(writes)}::jsonb) as w(id uuid, generation int, summary jsonb)
      where s.cooperation_id = w.id and s.generation = w.generation`);
  } catch (error) {
    console.warn(`Sammendrag ble ikke lagret (${writes.length} samarbeid): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Up to `limit` cooperations after `after` (id order) whose summary is missing, not current for `today`, or of an older format (a deploy that changed SUMMARY_FORMAT). */
export async function staleSummaryIds(db: Db, today: string, after: string | null, limit: number): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select c.id from cooperations c
      left join ${cooperationSummaries} s on s.cooperation_id = c.id
      where (${after}::uuid is null or c.id > ${after}::uuid)
        and (s.cooperation_id is null or s.computed_for is distinct from ${today}::date or s.computed_generation is distinct from s.generation
             or s.summary->>'format' is distinct from ${String(SUMMARY_FORMAT)})
      order by c.id
      limit ${limit}`),
  );
  return rows.map((r) => r.id);
}
