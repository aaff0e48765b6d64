// Checks that each cooperation's stored lifecycle is what its append-only history leads to
// (the replay itself is pure, in replay.ts). For the administrators' consistency check and
// for tests; it only reads.
//
// Where a history may begin, and when a row without events is fine, is decided in replay.ts:
// a history begins in 'utkast', or at the state of a version-0 row when the runner recorded
// payload.fromMachineVersion 0 on event 1; a row without events must still be a version-0 row
// (snapshot null or machine_version 0), whatever its state.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cooperations, workflowEvents } from '@/db/schema';
import { compareWithRow, report, type ConsistencyReport, type RecordedEvent } from './replay';

export { replayEvents, type ConsistencyReport, type RecordedEvent, type Replay } from './replay';

const rowColumns = {
  id: cooperations.id,
  state: cooperations.state,
  stateValue: cooperations.stateValue,
  snapshot: cooperations.snapshot,
  machineVersion: cooperations.machineVersion,
};
const eventColumns = {
  cooperationId: workflowEvents.cooperationId,
  seq: workflowEvents.seq,
  eventType: workflowEvents.eventType,
  fromState: workflowEvents.fromState,
  toState: workflowEvents.toState,
  payload: workflowEvents.payload,
  machineVersion: workflowEvents.machineVersion,
};

/** One cooperation. */
export async function checkConsistency(db: Db, cooperationId: string): Promise<ConsistencyReport> {
  const [row] = await db.select(rowColumns).from(cooperations).where(eq(cooperations.id, cooperationId));
  if (!row) return report(cooperationId, 0, ['Fant ikke samarbeidet.'], null, null, false);
  const events = await db.select(eventColumns).from(workflowEvents).where(eq(workflowEvents.cooperationId, cooperationId)).orderBy(asc(workflowEvents.seq));
  return compareWithRow(row, events);
}

/** Every cooperation, in two queries; the reports are in cooperation id order. */
export async function checkAllConsistency(db: Db): Promise<{ ok: boolean; reports: ConsistencyReport[] }> {
  const rows = await db.select(rowColumns).from(cooperations).orderBy(asc(cooperations.id));
  const events = await db.select(eventColumns).from(workflowEvents).orderBy(asc(workflowEvents.cooperationId), asc(workflowEvents.seq));
  const byCooperation = new Map<string, RecordedEvent[]>();
  for (const e of events) {
    const list = byCooperation.get(e.cooperationId);
    if (list) list.push(e);
    else byCooperation.set(e.cooperationId, [e]);
  }
  const reports = rows.map((row) => compareWithRow(row, byCooperation.get(row.id) ?? []));
  return { ok: reports.every((r) => r.ok), reports };
}
