// The dashboard's rows as stored (db/queries/dashboard.ts) made into the cards' inputs. The
// open round of member decisions lives in the lifecycle snapshot, and reading a snapshot is the
// workflow's business, so it happens here rather than in the query. Pure.
import type { Dossier } from '@/lib/pure/domain/dossier';
import { restorableSnapshot, type StoredLifecycle } from '@/workflows/cooperation/snapshots';
import type { DashboardInput, FollowUpOccurrence } from './cards';
import type { ExecutionLike } from './information';

/** One cooperation on "Mine samarbeid" as the query reads it. */
export interface DashboardRow {
  dossier: Dossier;
  lifecycle: StoredLifecycle;
  occurrences: FollowUpOccurrence[];
  executions: ExecutionLike[];
}

export function dashboardInput({ lifecycle, ...row }: DashboardRow): DashboardInput {
  return { ...row, decisionRound: decisionRoundOf(lifecycle) };
}

/** The open round from the machine's snapshot; null when the snapshot cannot be read, so no task is invented. */
export function decisionRoundOf(lifecycle: StoredLifecycle): number | null {
  try {
    return restorableSnapshot(lifecycle).context.decisionRound;
  } catch {
    return null;
  }
}
