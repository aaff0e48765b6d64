import 'server-only';
// The lifecycle's SQL, for the one door that changes it (workflows/cooperation/runner.ts and,
// for many new rows at once, runner-bulk.ts) and for the consistency check (consistency.ts):
// read the stored lifecycle, write the next one only while the row version is still the one
// read, and append to the history. Which step may be taken is the runner's business, not this.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, workflowEvents } from '../schema';
import { insertRowsAsJson } from './bulk-insert';

/** The columns a step writes (runner-step.ts lifecycleColumns). */
export type LifecycleColumns = Pick<typeof cooperations.$inferInsert, 'state' | 'stateValue' | 'snapshot' | 'machineVersion'>;
export type NewWorkflowEvent = typeof workflowEvents.$inferInsert;

const STEP_COLUMNS = {
  id: cooperations.id,
  state: cooperations.state,
  snapshot: cooperations.snapshot,
  stateValue: cooperations.stateValue,
  machineVersion: cooperations.machineVersion,
  rowVersion: cooperations.rowVersion,
  exitChecklist: cooperations.exitChecklist,
  startDate: cooperations.startDate,
};

/** What a step needs of the cooperation row: its lifecycle, row version, exit checklist and start date. */
export async function lifecycleForStep(db: Db, cooperationId: string) {
  const [row] = await db.select(STEP_COLUMNS).from(cooperations).where(eq(cooperations.id, cooperationId));
  return row ?? null;
}

/** lifecycleForStep for several cooperations, by id. */
export async function lifecyclesForStep(db: Db, ids: readonly string[]) {
  const rows = ids.length === 0 ? [] : await db.select(STEP_COLUMNS).from(cooperations).where(inArray(cooperations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Writes a step's lifecycle columns (and a start date, when the step sets one) and bumps the
 * row version, only while the row version is still `expectedRowVersion`. Returns the new row
 * version, or null when someone else changed the row first.
 */
export async function writeLifecycle(db: Db, cooperationId: string, expectedRowVersion: number, columns: LifecycleColumns & { startDate?: string }, now: Date): Promise<number | null> {
  const updated = await db
    .update(cooperations)
    .set({ ...columns, rowVersion: sql`${cooperations.rowVersion} + 1`, updatedAt: now })
    .where(and(eq(cooperations.id, cooperationId), eq(cooperations.rowVersion, expectedRowVersion)))
    .returning({ rowVersion: cooperations.rowVersion });
  return updated[0]?.rowVersion ?? null;
}

/**
 * Registers untouched utkast rows (row version 0) in one statement: the same lifecycle columns
 * for all, each its own start date. Returns how many rows were still untouched and written.
 */
export async function writeRegisteredLifecycles(db: Db, startDates: ReadonlyMap<string, string>, columns: LifecycleColumns, now: Date): Promise<number> {
  const ids = [...startDates.keys()];
  if (ids.length === 0) return 0;
  const startDate: SQL = sql`case ${cooperations.id} ${sql.join(
    [...startDates].map(([id, day]) => sql`when ${id}::uuid then ${day}::date`),
    sql` `,
  )} end`;
  const updated = await db
    .update(cooperations)
    .set({ ...columns, startDate, rowVersion: sql`${cooperations.rowVersion} + 1`, updatedAt: now })
    .where(and(inArray(cooperations.id, ids), eq(cooperations.rowVersion, 0), eq(cooperations.state, 'utkast')))
    .returning({ id: cooperations.id });
  return updated.length;
}

/** The next number in a cooperation's history (1 for the first event). */
export async function nextEventSeq(db: Db, cooperationId: string): Promise<number> {
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${workflowEvents.seq}), 0)::int` })
    .from(workflowEvents)
    .where(eq(workflowEvents.cooperationId, cooperationId));
  return last!.seq + 1; // coalesce() always yields a row
}

/** Appends an event to the history (append-only: a trigger refuses changes). */
export async function appendWorkflowEvent(db: Db, event: NewWorkflowEvent): Promise<void> {
  await db.insert(workflowEvents).values(event);
}

/** Appends many events in one statement (bulk-insert.ts). */
export async function appendWorkflowEvents(db: Db, events: readonly NewWorkflowEvent[]): Promise<void> {
  await insertRowsAsJson(db, workflowEvents, events);
}

const CONSISTENCY_ROW = {
  id: cooperations.id,
  state: cooperations.state,
  stateValue: cooperations.stateValue,
  snapshot: cooperations.snapshot,
  machineVersion: cooperations.machineVersion,
};
const CONSISTENCY_EVENT = {
  cooperationId: workflowEvents.cooperationId,
  seq: workflowEvents.seq,
  eventType: workflowEvents.eventType,
  fromState: workflowEvents.fromState,
  toState: workflowEvents.toState,
  payload: workflowEvents.payload,
  machineVersion: workflowEvents.machineVersion,
};

/** A cooperation's stored lifecycle and its whole history in order, for the consistency check; null when there is no such cooperation. */
export async function lifecycleWithHistory(db: Db, cooperationId: string) {
  const [row] = await db.select(CONSISTENCY_ROW).from(cooperations).where(eq(cooperations.id, cooperationId));
  if (!row) return null;
  const events = await db.select(CONSISTENCY_EVENT).from(workflowEvents).where(eq(workflowEvents.cooperationId, cooperationId)).orderBy(asc(workflowEvents.seq));
  return { row, events };
}

/** Every cooperation's stored lifecycle (in id order) and every history, in two queries. */
export async function allLifecyclesWithHistory(db: Db) {
  const rows = await db.select(CONSISTENCY_ROW).from(cooperations).orderBy(asc(cooperations.id));
  const events = await db.select(CONSISTENCY_EVENT).from(workflowEvents).orderBy(asc(workflowEvents.cooperationId), asc(workflowEvents.seq));
  return { rows, events };
}
