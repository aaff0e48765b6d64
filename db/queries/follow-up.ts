import 'server-only';
// Following up a cooperation: anchoring occurrences as calendar rows (per cooperation and
// per municipality), logging them, and the information plan's executions.
//
// Moving an occurrence keeps its row and its due date (so the regenerated plan never
// creates the slot twice, and history shows when it was due), sets status 'utsatt' and
// stores the new date in held_date: for a moved row, held_date is "to be held on".
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences, cooperationMembers, cooperations, informationExecutions, informationItems, municipalities, sponsors, users } from '../schema';
import { memberNameSql } from './membership';
import type { AnchoringKind, AnchoringLevel, LifecycleState, OccurrenceEvent, OccurrenceStatus } from '@/lib/pure/domain/dossier';

export interface OccurrenceRow {
  id: string;
  cooperationId: string;
  cooperationName: string;
  cooperationState: LifecycleState;
  anchoringPointId: string | null;
  memberId: string;
  memberName: string;
  kommunenummer: string | null;
  body: string;
  level: AnchoringLevel;
  kind: AnchoringKind;
  dueDate: string;
  status: OccurrenceStatus;
  heldDate: string | null;
  saksnummer: string | null;
  minutesUrl: string | null;
  note: string | null;
  /** The event that created it (an election, a decision), with its day; null for the periodic plan. */
  event: OccurrenceEvent | null;
  eventDate: string | null;
  loggedByName: string | null;
  /** ISO timestamp. */
  loggedAt: string | null;
}

/**
 * Occurrences with their cooperation and member, as every list of them reads them (the
 * calendars here, the reminder job, the personal calendar feed); the caller adds where and
 * order by, and maps the rows with toOccurrenceRow.
 */
export function occurrenceQuery(db: Db) {
  return db
    .select({
      o: anchoringOccurrences,
      cooperationName: cooperations.name,
      cooperationState: cooperations.state,
      memberName: memberNameSql,
      kommunenummer: cooperationMembers.kommunenummer,
      loggedByName: users.name,
    })
    .from(anchoringOccurrences)
    .innerJoin(cooperations, eq(cooperations.id, anchoringOccurrences.cooperationId))
    .innerJoin(cooperationMembers, eq(cooperationMembers.id, anchoringOccurrences.memberId))
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .leftJoin(users, eq(users.id, anchoringOccurrences.loggedBy))
    .$dynamic();
}

type QueryRow = Awaited<ReturnType<ReturnType<typeof occurrenceQuery>['execute']>>[number];

export function toOccurrenceRow({ o, ...r }: QueryRow): OccurrenceRow {
  return {
    id: o.id,
    cooperationId: o.cooperationId,
    cooperationName: r.cooperationName,
    cooperationState: r.cooperationState as LifecycleState,
    anchoringPointId: o.anchoringPointId,
    memberId: o.memberId,
    memberName: r.memberName,
    kommunenummer: r.kommunenummer,
    body: o.body,
    level: o.level,
    kind: o.kind,
    dueDate: o.dueDate,
    status: o.status,
    heldDate: o.heldDate,
    saksnummer: o.saksnummer,
    minutesUrl: o.minutesUrl,
    note: o.note,
    event: o.event,
    eventDate: o.eventDate,
    loggedByName: r.loggedByName,
    loggedAt: o.loggedAt ? o.loggedAt.toISOString() : null,
  };
}

export async function listCooperationOccurrences(db: Db, cooperationId: string): Promise<OccurrenceRow[]> {
  const rows = await occurrenceQuery(db)
    .where(eq(anchoringOccurrences.cooperationId, cooperationId))
    .orderBy(asc(anchoringOccurrences.dueDate), asc(anchoringOccurrences.body), asc(cooperationMembers.sortOrder));
  return rows.map(toOccurrenceRow);
}

/** The municipality's occurrences in every cooperation it is (or was) a member of. */
export async function listMunicipalityOccurrences(db: Db, kommunenummer: string): Promise<OccurrenceRow[]> {
  const rows = await occurrenceQuery(db)
    .where(eq(cooperationMembers.kommunenummer, kommunenummer))
    .orderBy(asc(anchoringOccurrences.dueDate), asc(cooperations.name), asc(anchoringOccurrences.body));
  return rows.map(toOccurrenceRow);
}

/** Per member of the cooperation: the users linked to its sponsor rows. */
export async function sponsorUsersByMember(db: Db, cooperationIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (cooperationIds.length === 0) return result;
  const rows = await db
    .select({ memberId: sponsors.memberId, userId: sponsors.userId })
    .from(sponsors)
    .where(and(inArray(sponsors.cooperationId, [...cooperationIds]), isNotNull(sponsors.userId)));
  for (const r of rows) result.set(r.memberId, [...(result.get(r.memberId) ?? []), r.userId!]);
  return result;
}

/**
 * The occurrence with what logging it needs to know. Locks the cooperation row as the
 * deltakelse save does before it regenerates the plan, so a log and a plan change never
 * interleave (the plan change would otherwise delete a row being logged as held).
 */
export async function lockOccurrence(tx: Db, id: string) {
  const [row] = await tx
    .select({
      id: anchoringOccurrences.id,
      cooperationId: anchoringOccurrences.cooperationId,
      memberId: anchoringOccurrences.memberId,
      kommunenummer: cooperationMembers.kommunenummer,
      note: anchoringOccurrences.note,
      state: cooperations.state,
    })
    .from(anchoringOccurrences)
    .innerJoin(cooperations, eq(cooperations.id, anchoringOccurrences.cooperationId))
    .innerJoin(cooperationMembers, eq(cooperationMembers.id, anchoringOccurrences.memberId))
    .where(eq(anchoringOccurrences.id, id))
    .for('update', { of: [cooperations, anchoringOccurrences] });
  return row ? { ...row, state: row.state as LifecycleState } : null;
}

export interface OccurrenceLog {
  status: Exclude<OccurrenceStatus, 'planlagt'>;
  /** Held: the day it was held. Moved: the new date. Missed: null. */
  heldDate: string | null;
  saksnummer: string | null;
  minutesUrl: string | null;
  note: string | null;
  loggedBy: string;
  loggedAt: Date;
}

export async function updateOccurrenceLog(tx: Db, id: string, log: OccurrenceLog): Promise<void> {
  await tx.update(anchoringOccurrences).set(log).where(eq(anchoringOccurrences.id, id));
}

// --- Information plan -------------------------------------------------------------------

export interface ExecutionRow {
  id: string;
  informationItemId: string | null;
  executedOn: string;
  description: string;
  url: string | null;
  loggedByName: string | null;
}

export async function listExecutions(db: Db, cooperationId: string): Promise<ExecutionRow[]> {
  return db
    .select({
      id: informationExecutions.id,
      informationItemId: informationExecutions.informationItemId,
      executedOn: informationExecutions.executedOn,
      description: informationExecutions.description,
      url: informationExecutions.url,
      loggedByName: users.name,
    })
    .from(informationExecutions)
    .leftJoin(users, eq(users.id, informationExecutions.loggedBy))
    .where(eq(informationExecutions.cooperationId, cooperationId))
    .orderBy(desc(informationExecutions.executedOn), desc(informationExecutions.loggedAt));
}

/** Execution dates of many cooperations at once (the dashboard), by cooperation. */
export async function executionDatesByCooperation(db: Db, cooperationIds: readonly string[]) {
  const result = new Map<string, { informationItemId: string | null; executedOn: string }[]>();
  if (cooperationIds.length === 0) return result;
  const rows = await db
    .select({ cooperationId: informationExecutions.cooperationId, informationItemId: informationExecutions.informationItemId, executedOn: informationExecutions.executedOn })
    .from(informationExecutions)
    .where(inArray(informationExecutions.cooperationId, [...cooperationIds]));
  for (const { cooperationId, ...r } of rows) {
    const bucket = result.get(cooperationId);
    if (bucket) bucket.push(r);
    else result.set(cooperationId, [r]);
  }
  return result;
}

/** The item and the state of its cooperation; null when the item does not exist. */
export async function findInformationItem(tx: Db, id: string) {
  const [row] = await tx
    .select({ id: informationItems.id, cooperationId: informationItems.cooperationId, state: cooperations.state })
    .from(informationItems)
    .innerJoin(cooperations, eq(cooperations.id, informationItems.cooperationId))
    .where(eq(informationItems.id, id));
  return row ? { ...row, state: row.state as LifecycleState } : null;
}

export async function insertExecution(tx: Db, values: typeof informationExecutions.$inferInsert): Promise<string> {
  const [row] = await tx.insert(informationExecutions).values(values).returning({ id: informationExecutions.id });
  return row!.id;
}
