import 'server-only';
// A municipality's public register (/innsyn/kommune/<nr>) and the public CSV exports, in SQL:
// one page in name order with its count, or every row batch by batch from a cursor. No
// dossier is loaded: the rows come from the open register's list query (public-list.ts),
// whose columns a database test holds equal to the public projection.
import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, municipalities } from '../schema';
import { currentMember, publiclyVisible } from './current-members';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { cursorBatches } from './cursor';
import { memberCooperations } from './register-list';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { publicListConditions, publicListSelect, toPublicListRow, type PublicListFilters } from './public-list';
import { norwegianOrder } from './sort';
import { pageWindow, PAGE_SIZE, type PageWindow } from '@/lib/pure/paging';
import { publicRegisterRowOf, type PublicRegisterRow } from '@/lib/pure/register/public';
import type { PublicMunicipality } from './register';

const ORDER = () => [norwegianOrder(cooperations.name), asc(cooperations.id)];

/**
 * The filters as conditions, and a municipality's membership as a subquery to join rather than
 * EXISTS (see memberCooperations: the planner otherwise sorts the whole country by name).
 */
function scoped<Q extends PgSelect>(db: Db, query: Q, filters: PublicListFilters): Q {
  const { memberOf, ...rest } = filters;
  const conditions = and(...publicListConditions(db, rest));
  if (!memberOf) return query.where(conditions);
  const members = memberCooperations(db, memberOf, osloDateOf(new Date()));
  // The selection is explicit, so the join changes no row's shape, only drizzle's type of it.
  return query.innerJoin(members, eq(members.cooperationId, cooperations.id)).where(conditions) as unknown as Q;
}

/** One page of public cooperations matching the filters (a municipality's: memberOf), by name. */
export async function publicRegisterPage(db: Db, filters: PublicListFilters, page: number): Promise<{ rows: PublicRegisterRow[]; window: PageWindow }> {
  const [[total], found] = await Promise.all([
    scoped(db, db.select({ n: count() }).from(cooperations).$dynamic(), filters),
    scoped(db, publicListSelect(db), filters)
      .orderBy(...ORDER())
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
  ]);
  return { rows: found.map((r) => publicRegisterRowOf(toPublicListRow(r))), window: pageWindow(Number(total?.n ?? 0), page) };
}

/** Every public cooperation matching the filters, by name, a batch at a time from a cursor (the public CSV and JSON exports). */
export async function* publicRegisterBatches(db: Db, filters: PublicListFilters, signal?: AbortSignal, batchSize = 500): AsyncGenerator<PublicRegisterRow[]> {
  const ids = scoped(db, db.select({ id: cooperations.id }).from(cooperations).$dynamic(), filters).orderBy(...ORDER());
  for await (const batch of cursorBatches<{ id: string }>(db, ids, batchSize, signal)) {
    const list = batch.rows.map((r) => r.id);
    const byId = new Map((await publicListSelect(batch.db).where(inArray(cooperations.id, list))).map((r) => [r.id, r]));
    yield list.flatMap((id) => {
      const r = byId.get(id);
      return r ? [publicRegisterRowOf(toPublicListRow(r))] : [];
    });
  }
}

/**
 * One page of the national /innsyn list: current municipalities (search on either official
 * name or the number; `withAny` only those with public cooperations) by Norwegian name, with
 * their number of public cooperations, the number matching, and how many of those have any.
 */
export async function publicMunicipalityListPage(
  db: Db,
  filters: { search?: string; withAny?: boolean },
  page: number,
): Promise<{ rows: PublicMunicipality[]; window: PageWindow; withAny: number }> {
  const publicMembers = db
    .select({ kommunenummer: cooperationMembers.kommunenummer, n: count(cooperations.id).as('n') })
    .from(cooperationMembers)
    .innerJoin(cooperations, eq(cooperations.id, cooperationMembers.cooperationId))
    .where(and(currentMember(), publiclyVisible()))
    .groupBy(cooperationMembers.kommunenummer)
    .as('public_members');
  const filters_: SQL[] = [isNull(municipalities.validTo)];
  if (filters.search) {
    const term = `%${filters.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    filters_.push(or(ilike(municipalities.name, term), ilike(municipalities.otherName, term), ilike(municipalities.kommunenummer, term))!);
  }
  const matching = and(...filters_);
  const shown = filters.withAny ? and(matching, gt(sql`coalesce(${publicMembers.n}, 0)`, 0)) : matching;
  const n = sql<number>`coalesce(${publicMembers.n}, 0)::int`;
  const [[totals], rows] = await Promise.all([
    db
      .select({ shown: sql<number>`count(*) filter (where ${shown ?? sql`true`})::int`, withAny: sql<number>`count(*) filter (where ${n} > 0)::int` })
      .from(municipalities)
      .leftJoin(publicMembers, eq(publicMembers.kommunenummer, municipalities.kommunenummer))
      .where(matching),
    db
      .select({ kommunenummer: municipalities.kommunenummer, name: municipalities.name, otherName: municipalities.otherName, countyName: municipalities.countyName, publicCooperations: n })
      .from(municipalities)
      .leftJoin(publicMembers, eq(publicMembers.kommunenummer, municipalities.kommunenummer))
      .where(shown)
      .orderBy(norwegianOrder(municipalities.name), asc(municipalities.kommunenummer))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, publicCooperations: Number(r.publicCooperations) })),
    window: pageWindow(Number(totals?.shown ?? 0), page),
    withAny: Number(totals?.withAny ?? 0),
  };
}
