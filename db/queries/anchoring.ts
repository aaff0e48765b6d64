import 'server-only';
// Anchoring-point occurrences: generated from the plan, never touching logged history; and
// what the rolling-calendar job (lib/server/jobs/anchoring-calendar.ts) reads and writes in batches.
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences, anchoringPoints, cooperationMembers, cooperations } from '../schema';
import type { AnchoringPoint, Dossier } from '@/lib/pure/domain/dossier';
import { OPERATING_STATES } from '@/lib/pure/domain/anchoring-facts';
import { regenerateFuture, type ScheduleMember } from '@/lib/pure/domain/anchoring-schedule';
import { addMonths, osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';

/**
 * Brings the planned occurrences of the coming 12 months in line with the current plan:
 * future planned ones the plan no longer has are removed, missing ones created; anything
 * logged or past, and anything an event created, is left alone. Returns how many were
 * created and removed.
 */
export async function syncOccurrences(db: Db, dossier: Dossier, now: Date): Promise<{ created: number; deleted: number }> {
  const today = osloDateOf(now);
  const horizon = addMonths(today, 12);
  // Decided joiners count from their first day; the schedule keeps every member inside its span.
  const plan = regenerateFuture(dossier.occurrences, dossier.anchoringPoints, [...dossier.members, ...dossier.upcomingMembers], today, horizon);
  if (plan.delete.length > 0) {
    await db.delete(anchoringOccurrences).where(inArray(anchoringOccurrences.id, plan.delete.map((o) => o.id)));
  }
  const points = new Map(dossier.anchoringPoints.map((p) => [p.id, p]));
  const rows = plan.create.map((o) => {
    const point = points.get(o.anchoringPointId)!;
    return { cooperationId: dossier.id, anchoringPointId: o.anchoringPointId, memberId: o.memberId, dueDate: o.dueDate, body: point.body, level: point.level, kind: point.kind };
  });
  return { created: await insertPlannedOccurrences(db, rows), deleted: plan.delete.length };
}

export type NewOccurrence = typeof anchoringOccurrences.$inferInsert;

export async function insertPlannedOccurrences(db: Db, rows: readonly NewOccurrence[]): Promise<number> {
  let created = 0;
  // Chunked: one statement's parameters stay well below PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const inserted = await db.insert(anchoringOccurrences).values(chunk).onConflictDoNothing().returning({ id: anchoringOccurrences.id });
    created += inserted.length;
  }
  return created;
}

/** Serialises the calendar job across processes for the rest of the transaction. */
export async function lockCalendarJob(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('brobygger:forankringskalender'))`);
}

/** Running cooperations by id, after `after`, at most `limit`: the job's paging. */
export async function runningCooperationIds(db: Db, after: string | null, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: cooperations.id })
    .from(cooperations)
    .where(and(inArray(cooperations.state, [...OPERATING_STATES]), after ? gt(cooperations.id, after) : undefined))
    .orderBy(asc(cooperations.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

export interface CalendarPlan {
  cooperationId: string;
  points: AnchoringPoint[];
  /** Members now or later (not merely proposed), with their spans: nothing is planned outside one. */
  members: ScheduleMember[];
  /** The occurrences from `today` on that belong to a point: the slots already taken. */
  existing: { anchoringPointId: string; memberId: string; dueDate: IsoDate }[];
}

/** Per cooperation: its anchoring plan, its members from `today` on, and the slots already planned. */
export async function calendarPlans(db: Db, ids: readonly string[], today: IsoDate): Promise<CalendarPlan[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [points, members, existing] = await Promise.all([
    db.select().from(anchoringPoints).where(inArray(anchoringPoints.cooperationId, list)),
    db
      .select({ id: cooperationMembers.id, cooperationId: cooperationMembers.cooperationId, joinedAt: cooperationMembers.joinedAt, leftAt: cooperationMembers.leftAt })
      .from(cooperationMembers)
      .where(
        and(
          inArray(cooperationMembers.cooperationId, list),
          eq(cooperationMembers.proposed, false),
          or(isNull(cooperationMembers.leftAt), gte(cooperationMembers.leftAt, today)),
        ),
      )
      .orderBy(asc(cooperationMembers.sortOrder)),
    db
      .select({ cooperationId: anchoringOccurrences.cooperationId, anchoringPointId: anchoringOccurrences.anchoringPointId, memberId: anchoringOccurrences.memberId, dueDate: anchoringOccurrences.dueDate })
      .from(anchoringOccurrences)
      .where(and(inArray(anchoringOccurrences.cooperationId, list), gte(anchoringOccurrences.dueDate, today), isNotNull(anchoringOccurrences.anchoringPointId))),
  ]);
  return list.map((cooperationId) => ({
    cooperationId,
    points: points.filter((p) => p.cooperationId === cooperationId).map(toPoint),
    members: members.filter((m) => m.cooperationId === cooperationId).map((m) => ({ id: m.id, joinedAt: m.joinedAt, leftAt: m.leftAt })),
    existing: existing.filter((o) => o.cooperationId === cooperationId).map((o) => ({ anchoringPointId: o.anchoringPointId!, memberId: o.memberId, dueDate: o.dueDate })),
  }));
}

export function toPoint(p: typeof anchoringPoints.$inferSelect): AnchoringPoint {
  return {
    id: p.id,
    kind: p.kind,
    level: p.level,
    body: p.body,
    trigger: p.triggerType === 'periodisk' ? { type: 'periodisk', frequency: p.frequency ?? 'aarlig' } : { type: 'hendelse', event: p.event ?? 'stor_beslutning' },
    memberIds: p.memberIds,
    description: p.description,
  };
}

/** Removes the still-planned occurrences an event created (e.g. a decision recorded by mistake); logged ones stay. */
export async function removePlannedEventOccurrences(db: Db, cooperationId: string, eventRef: string): Promise<number> {
  const rows = await db
    .delete(anchoringOccurrences)
    .where(
      and(
        eq(anchoringOccurrences.cooperationId, cooperationId),
        eq(anchoringOccurrences.status, 'planlagt'),
        sql`${anchoringOccurrences.eventKey} like ${`${eventRef}:%`}`,
      ),
    )
    .returning({ id: anchoringOccurrences.id });
  return rows.length;
}

export async function anchoringPointsOf(db: Db, cooperationId: string): Promise<AnchoringPoint[]> {
  const rows = await db.select().from(anchoringPoints).where(eq(anchoringPoints.cooperationId, cooperationId));
  return rows.map(toPoint);
}
