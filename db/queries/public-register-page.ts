import 'server-only';
// A municipality's public register (/innsyn/kommune/<nr>) and the public CSV exports, in SQL:
// one page in name order with its count, or every row batch by batch from a cursor. No
// dossier is loaded: the rows come from the open register's list query (public-list.ts),
// whose columns a database test holds equal to the public projection.
import { and, asc, count, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations } from '../schema';
import { cursorBatches } from './cursor';
import { publicListConditions, publicListSelect, toPublicListRow, type PublicListFilters } from './public-list';
import { norwegianOrder } from './sort';
import { pageWindow, PAGE_SIZE, type PageWindow } from '@/lib/paging';
import { publicRegisterRowOf, type PublicRegisterRow } from '@/lib/register/public';

const ORDER = () => [norwegianOrder(cooperations.name), asc(cooperations.id)];

/** One page of public cooperations matching the filters (a municipality's: memberOf), by name. */
export async function publicRegisterPage(db: Db, filters: PublicListFilters, page: number): Promise<{ rows: PublicRegisterRow[]; window: PageWindow }> {
  const conditions = and(...publicListConditions(db, filters));
  const [[total], found] = await Promise.all([
    db.select({ n: count() }).from(cooperations).where(conditions),
    publicListSelect(db)
      .where(conditions)
      .orderBy(...ORDER())
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
  ]);
  return { rows: found.map((r) => publicRegisterRowOf(toPublicListRow(r))), window: pageWindow(Number(total?.n ?? 0), page) };
}

/** Every public cooperation matching the filters, by name, a batch at a time from a cursor (the public CSV and JSON exports). */
export async function* publicRegisterBatches(db: Db, filters: PublicListFilters, signal?: AbortSignal, batchSize = 500): AsyncGenerator<PublicRegisterRow[]> {
  const ids = db
    .select({ id: cooperations.id })
    .from(cooperations)
    .where(and(...publicListConditions(db, filters)))
    .orderBy(...ORDER());
  for await (const batch of cursorBatches<{ id: string }>(db, ids, batchSize, signal)) {
    const list = batch.rows.map((r) => r.id);
    const byId = new Map((await publicListSelect(batch.db).where(inArray(cooperations.id, list))).map((r) => [r.id, r]));
    yield list.flatMap((id) => {
      const r = byId.get(id);
      return r ? [publicRegisterRowOf(toPublicListRow(r))] : [];
    });
  }
}
