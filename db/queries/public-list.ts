import 'server-only';
// Paged lists of the open register, in SQL: public cooperations (nationally, filtered, or one
// municipality's), municipalities with their number of public cooperations, and task areas.
// Pages are keyset pages in id order (stable while rows are added), one page is one query
// whatever the size of the country, and no dossier is loaded. The rows carry only
// what the public register row shows (lib/pure/register/public.ts decides that); a database test
// compares them with the projection so the two cannot drift apart.
import { and, asc, count, eq, exists, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, evaluationRounds, municipalities, taskAreas } from '../schema';
import type { LifecycleState, MemberRole } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { currentMember, publiclyVisible } from './current-members';
import { organisationTitle } from '@/lib/pure/domain/municipality';

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

/** The member's name as the dossier gives it (db/queries/dossier.ts assemble()): "Grimstad kommune", "Agder fylkeskommune". */
export function memberName(municipalityName: string | null, organisationName: string | null, kind: string | null = 'kommune'): string {
  return municipalityName ? organisationTitle({ name: municipalityName, kind }) : (organisationName ?? 'Ukjent deltaker');
}

function filterConditions(db: Db, filters: PublicListFilters): SQL[] {
  const members = () => db.select({ one: sql`1` }).from(cooperationMembers);
  const conditions = [publiclyVisible()];
  if (filters.state) conditions.push(eq(cooperations.state, filters.state));
  if (filters.taskAreaId !== undefined) conditions.push(eq(cooperations.taskAreaId, filters.taskAreaId));
  if (filters.legalForm) conditions.push(sql`${cooperations.legalForm} = ${filters.legalForm}`);
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

/** The current members of the outer query's cooperation as JSON, in the dossier's order (sort order, then name). */
const membersJson = () => sql<{ k: string | null; o: string | null; r: MemberRole; m: string | null; kind: string | null }[] | null>`(
  select json_agg(json_build_object('k', ${cooperationMembers.kommunenummer}, 'o', ${cooperationMembers.organisationName}, 'r', ${cooperationMembers.role}, 'm', ${municipalities.name}, 'kind', ${municipalities.kind})
                  order by ${cooperationMembers.sortOrder}, ${municipalities.name})
  from ${cooperationMembers}
  left join ${municipalities} on ${municipalities.kommunenummer} = ${cooperationMembers.kommunenummer}
  where ${cooperationMembers.cooperationId} = ${cooperations.id} and ${currentMember()})`;

/** The Norwegian day the latest evaluation round closed (lastClosedEvaluation in SQL; toIsoDate reads Oslo days too). */
export const lastClosedDay = sql<string | null>`(
  select to_char(max(${evaluationRounds.closedAt}) at time zone 'Europe/Oslo', 'YYYY-MM-DD') from ${evaluationRounds}
  where ${evaluationRounds.cooperationId} = ${cooperations.id} and ${evaluationRounds.closedAt} is not null)`;

/**
 * One page of public cooperations after `after` (an id), in id order: ONE query, members and
 * the last evaluation gathered per row by the database (only for the rows of the page).
 */
export async function publicCooperationPage(db: Db, filters: PublicListFilters, page: { after: string | null; limit: number }): Promise<Page<PublicListRow>> {
  const conditions = filterConditions(db, filters);
  if (page.after) conditions.push(gt(cooperations.id, page.after));
  const found = await publicListSelect(db)
    .where(and(...conditions))
    .orderBy(asc(cooperations.id))
    .limit(page.limit + 1);
  const rows = found.slice(0, page.limit);
  return { rows: rows.map(toPublicListRow), nextAfter: found.length > page.limit ? rows.at(-1)!.id : null };
}

/** The columns of a public list row, members and the last evaluation gathered per row by the database. */
export function publicListSelect(db: Db) {
  return db
    .select({
      id: cooperations.id,
      name: cooperations.name,
      state: cooperations.state,
      legalFormCode: sql<string | null>`${cooperations.legalForm}`,
      startDate: cooperations.startDate,
      taskAreaId: taskAreas.id,
      taskAreaName: taskAreas.name,
      taskAreaSector: taskAreas.sector,
      members: membersJson(),
      lastEvaluation: lastClosedDay,
    })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .$dynamic();
}

type PublicListRecord = Awaited<ReturnType<ReturnType<typeof publicListSelect>['execute']>>[number];

export function toPublicListRow(r: PublicListRecord): PublicListRow {
  return {
    id: r.id,
    name: r.name,
    state: r.state as LifecycleState,
    legalFormCode: r.legalFormCode || null,
    taskArea: r.taskAreaId === null || r.taskAreaName === null || r.taskAreaSector === null ? null : { id: r.taskAreaId, name: r.taskAreaName, sector: r.taskAreaSector },
    startDate: r.startDate,
    lastEvaluation: r.lastEvaluation,
    members: (r.members ?? []).map((m) => ({ kommunenummer: m.k, name: memberName(m.m, m.o, m.kind), role: m.r })),
  };
}

/** The public list's filters as conditions (exported for the paged and streamed public registers). */
export function publicListConditions(db: Db, filters: PublicListFilters): SQL[] {
  return filterConditions(db, filters);
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
  const conditions = [isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')];
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
    .select({ legalFormCode: sql<string | null>`${cooperations.legalForm}`, taskAreaId: taskAreas.id, taskAreaSector: taskAreas.sector })
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
