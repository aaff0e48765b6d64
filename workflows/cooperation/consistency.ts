// Checks that each cooperation's stored lifecycle is what its append-only history leads to
// (the replay itself is pure, in replay.ts). For the administrators' consistency check and
// for tests; it only reads.
//
// Where a history may begin, and when a row without events is fine, is decided in replay.ts:
// a history begins in 'utkast', or at the state of a version-0 row when the runner recorded
// payload.fromMachineVersion 0 on event 1; a row without events must still be a version-0 row
// (snapshot null or machine_version 0), whatever its state.
import type { Db } from '@/db/client';
import { allLifecyclesWithHistory, lifecycleWithHistory } from '@/db/queries/lifecycle';
import { BOKMAAL_REPLAY_WORDS, compareWithRow, report, type ConsistencyReport, type RecordedEvent, type ReplayWords } from './replay';

export { replayEvents, type ConsistencyReport, type RecordedEvent, type Replay, type ReplayWords } from './replay';

/** One cooperation. */
export async function checkConsistency(db: Db, cooperationId: string, w: ReplayWords = BOKMAAL_REPLAY_WORDS): Promise<ConsistencyReport> {
  const stored = await lifecycleWithHistory(db, cooperationId);
  if (!stored) return report(cooperationId, 0, [w.t('notFound')], null, null, false);
  return compareWithRow(stored.row, stored.events, w);
}

/** Every cooperation, in two queries; the reports are in cooperation id order. The problems in `w`'s words (bokmål by default). */
export async function checkAllConsistency(db: Db, w: ReplayWords = BOKMAAL_REPLAY_WORDS): Promise<{ ok: boolean; reports: ConsistencyReport[] }> {
  const { rows, events } = await allLifecyclesWithHistory(db);
  const byCooperation = new Map<string, RecordedEvent[]>();
  for (const e of events) {
    const list = byCooperation.get(e.cooperationId);
    if (list) list.push(e);
    else byCooperation.set(e.cooperationId, [e]);
  }
  const reports = rows.map((row) => compareWithRow(row, byCooperation.get(row.id) ?? [], w));
  return { ok: reports.every((r) => r.ok), reports };
}
