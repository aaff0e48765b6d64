import 'server-only';
// Paged lists of the open register, in SQL: public cooperations (nationally, filtered, or one
// municipality's), municipalities with their number of public cooperations, and task areas.
// Pages are keyset pages in id order (stable while rows are added), one page costs three
// queries whatever the size of the country, and no dossier is loaded. The rows carry only
// what the public register row shows (lib/register/public.ts decides that); a database test
// compares them with the projection so the two cannot drift apart.
import { and, asc, count, eq, exists, gt, inArray, isNotNull, isNull, max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, evaluationRounds, municipalities, taskAreas } from '../schema';
import type { LifecycleState, MemberRole } from '@/lib/domain/dossier';
import { toIsoDate, type IsoDate } from '@/lib/domain/iso-date';
import { currentMember, publiclyVisible } from './current-members';

export interface PublicListFilters {
  /** Two-digit county number: cooperations with at least one current member in the county. */
  county?: string;
  legalForm?: string;
  taskAreaId?: number;
  state?: LifecycleState;
  /** Only cooperations this municipality is a current member of. */
  memberOf?: string;
}

export interface Page<T> {
  rows: T[];
  /** The key to continue after, or null on the last page. */
  nextAfter: string | null;
}

export interface PublicListMember {
  kommunenummer: string | null;
  name: string;
  role: MemberRole;
}

export interface PublicListRow {
  id: string;
  name: string;
  state: LifecycleState;
  legalFormCode: string | null;
  taskArea: { id: number; name: string; sector: string } | null;
  startDate: IsoDate | null;
  lastEvaluation: IsoDate | null;
  members: PublicListMember[];
}

/** The member's name as the dossier gives it (db/queries/dossier.ts assemble()). */
export function memberName(municipalityName: string | null, organisationName: string | null): string {
  return municipalityName ? `${municipalityName} kommune` : (organisationName ?? 'Ukjent deltaker');
}

function filterConditions(db: Db, filters: PublicListFilters): SQL[] {
  const members = () => db.select({ one: sql`1` }).from(cooperationMembers);
  const conditions = [publiclyVisible()];
  if (filters.state) conditions.push(eq(cooperations.state, filters.state));
  if (filters.taskAreaId !== undefined) conditions.push(eq(cooperations.taskAreaId, filters.taskAreaId));
  if (filters.legalForm) conditions.push(sql`${cooperations.design}->>'legalForm' = ${filters.legalForm}`);
  if (filters.memberOf) {
    const memberOf = filters.memberOf;
    conditions.push(
      exists(
        members()
          .where(and(eq(cooperationMembers.cooperationId, cooperations.id), eq(cooperationMembers.kommunenummer, memberOf), currentMember())),
      ),
    );
  }
  if (filters.county) {
    const county = filters.county;
    conditions.push(
      exists(
        members()
          .innerJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
          .where(and(eq(cooperationMembers.cooperationId, cooperations.id), eq(municipalities.countyNumber, county), currentMember())),
      ),
    );
  }
  return conditions;
}

/** One page of public cooperations after `after` (an id), in id order. */
export async function publicCooperationPage(db: Db, filters: PublicListFilters, page: { after: string | null; limit: number }): Promise<Page<PublicListRow>> {
  const conditions = filterConditions(db, filters);
  if (page.after) conditions.push(gt(cooperations.id, page.after));
  const found = await db
    .select({
      id: cooperations.id,
      name: cooperations.name,
      state: cooperations.state,
      legalFormCode: sql<string | null>`${cooperations.design}->>'legalForm'`,
      startDate: cooperations.startDate,
      taskAreaId: taskAreas.id,
      taskAreaName: taskAreas.name,
      taskAreaSector: taskAreas.sector,
    })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(and(...conditions))
    .orderBy(asc(cooperations.id))
    .limit(page.limit + 1);
  const rows = found.slice(0, page.limit);
  const ids = rows.map((r) => r.id);
  const [members, evaluations] = ids.length === 0 ? [[], []] : await Promise.all([currentMembersOf(db, ids), lastEvaluations(db, ids)]);
  const membersOf = groupBy(members, (m) => m.cooperationId);
  const lastEvaluation = new Map(evaluations.map((e) => [e.cooperationId, e.closedAt]));
  return {
    rows: rows.map((r) => {
      const closedAt = lastEvaluation.get(r.id);
      return {
        id: r.id,
        name: r.name,
        state: r.state as LifecycleState,
        legalFormCode: r.legalFormCode || null,
        taskArea: r.taskAreaId === null || r.taskAreaName === null || r.taskAreaSector === null ? null : { id: r.taskAreaId, name: r.taskAreaName, sector: r.taskAreaSector },
        startDate: r.startDate,
        lastEvaluation: closedAt ? toIsoDate(closedAt.toISOString()) : null,
        members: (membersOf.get(r.id) ?? []).map((m) => ({ kommunenummer: m.kommunenummer, name: memberName(m.municipalityName, m.organisationName), role: m.role })),
      };
    }),
    nextAfter: found.length > page.limit ? rows.at(-1)!.id : null,
  };
}

/** Current members in the dossier's order (sort order, then name). */
async function currentMembersOf(db: Db, ids: readonly string[]) {
  return db
    .select({
      cooperationId: cooperationMembers.cooperationId,
      kommunenummer: cooperationMembers.kommunenummer,
      organisationName: cooperationMembers.organisationName,
      role: cooperationMembers.role,
      municipalityName: municipalities.name,
    })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(and(inArray(cooperationMembers.cooperationId, [...ids]), currentMember()))
    .orderBy(asc(cooperationMembers.cooperationId), asc(cooperationMembers.sortOrder), asc(municipalities.name));
}

/** The latest closed evaluation round per cooperation (lastClosedEvaluation in SQL). */
async function lastEvaluations(db: Db, ids: readonly string[]) {
  return db
    .select({ cooperationId: evaluationRounds.cooperationId, closedAt: max(evaluationRounds.closedAt) })
    .from(evaluationRounds)
    .where(and(inArray(evaluationRounds.cooperationId, [...ids]), isNotNull(evaluationRounds.closedAt)))
    .groupBy(evaluationRounds.cooperationId);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = map.get(k);
    if (bucket) bucket.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export interface PublicMunicipalityRow {
  kommunenummer: string;
  name: string;
  otherName: string | null;
  countyNumber: string;
  countyName: string;
  publicCooperations: number;
}

/** One page of current municipalities in kommunenummer order, with their number of public cooperations. */
export async function publicMunicipalityPage(db: Db, filters: { county?: string }, page: { after: string | null; limit: number }): Promise<Page<PublicMunicipalityRow>> {
  const publicMembers = db
    .select({ kommunenummer: cooperationMembers.kommunenummer, n: count(cooperations.id).as('n') })
    .from(cooperationMembers)
    .innerJoin(cooperations, eq(cooperations.id, cooperationMembers.cooperationId))
    .where(and(currentMember(), publiclyVisible()))
    .groupBy(cooperationMembers.kommunenummer)
    .as('public_members');
  const conditions = [isNull(municipalities.validTo)];
  if (filters.county) conditions.push(eq(municipalities.countyNumber, filters.county));
  if (page.after) conditions.push(gt(municipalities.kommunenummer, page.after));
  const found = await db
    .select({
      kommunenummer: municipalities.kommunenummer,
      name: municipalities.name,
      otherName: municipalities.otherName,
      countyNumber: municipalities.countyNumber,
      countyName: municipalities.countyName,
      publicCooperations: sql<number>`coalesce(${publicMembers.n}, 0)::int`,
    })
    .from(municipalities)
    .leftJoin(publicMembers, eq(publicMembers.kommunenummer, municipalities.kommunenummer))
    .where(and(...conditions))
    .orderBy(asc(municipalities.kommunenummer))
    .limit(page.limit + 1);
  const rows = found.slice(0, page.limit).map((r) => ({ ...r, publicCooperations: Number(r.publicCooperations) }));
  return { rows, nextAfter: found.length > page.limit ? rows.at(-1)!.kommunenummer : null };
}

export interface TaskAreaRow {
  id: number;
  sector: string;
  name: string;
  retired: boolean;
}

/** One page of task areas in id order (retired ones too: older cooperations still point at them). */
export async function taskAreaPage(db: Db, page: { after: number | null; limit: number }): Promise<Page<TaskAreaRow>> {
  const found = await db
    .select({ id: taskAreas.id, sector: taskAreas.sector, name: taskAreas.name, retired: taskAreas.retired })
    .from(taskAreas)
    .where(page.after === null ? undefined : gt(taskAreas.id, page.after))
    .orderBy(asc(taskAreas.id))
    .limit(page.limit + 1);
  const rows = found.slice(0, page.limit);
  return { rows, nextAfter: found.length > page.limit ? String(rows.at(-1)!.id) : null };
}

/** The codes behind a public cooperation's names (legal form code, task area id and sector). */
export async function publicCooperationCodes(db: Db, id: string) {
  const [row] = await db
    .select({ legalFormCode: sql<string | null>`${cooperations.design}->>'legalForm'`, taskAreaId: taskAreas.id, taskAreaSector: taskAreas.sector })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(and(eq(cooperations.id, id), publiclyVisible()));
  return row ? { legalFormCode: row.legalFormCode || null, taskAreaId: row.taskAreaId, taskAreaSector: row.taskAreaSector } : null;
}

/** Every public cooperation of one municipality, in name order (the embeddable register; a municipality has tens, not thousands). */
export async function publicCooperationsOf(db: Db, kommunenummer: string): Promise<PublicListRow[]> {
  const rows: PublicListRow[] = [];
  let after: string | null = null;
  do {
    const page: Page<PublicListRow> = await publicCooperationPage(db, { memberOf: kommunenummer }, { after, limit: 200 });
    rows.push(...page.rows);
    after = page.nextAfter;
  } while (after);
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
