import 'server-only';
// What "Mine samarbeid" needs of every cooperation the user may read: the dossier, the open
// round of member decisions, occurrences with their bodies, and the information log.
import type { Db } from '../client';
import type { IsoDate } from '@/lib/domain/iso-date';
import type { SessionUser } from '@/lib/auth/roles';
import type { DashboardInput, FollowUpOccurrence } from '@/lib/dashboard/cards';
import { restorableSnapshot } from '@/workflows/cooperation/snapshots';
import { readableCooperationIds } from './cooperations';
import { loadDossiersWithOccurrences, loadLifecycles, type loadLifecycle, type OccurrenceRow } from './dossier';
import { executionDatesByCooperation } from './follow-up';

export async function loadDashboard(db: Db, user: SessionUser): Promise<DashboardInput[]> {
  return loadDashboardFor(db, await readableCooperationIds(db, user));
}

/** The dashboard's inputs for these cooperations (one page of them: dashboard-page.ts). */
export async function loadDashboardFor(db: Db, ids: readonly string[], today?: IsoDate): Promise<DashboardInput[]> {
  if (ids.length === 0) return [];
  // The dossiers carry the occurrences already: read once, with the body each was planned for.
  const [executions, { dossiers, occurrences }, lifecycles] = await Promise.all([executionDatesByCooperation(db, [...ids]), loadDossiersWithOccurrences(db, ids, { today }), loadLifecycles(db, [...ids])]);
  return dossiers.flatMap((dossier): DashboardInput[] => {
    const lifecycle = lifecycles.get(dossier.id);
    if (!lifecycle) return [];
    return [{ dossier, decisionRound: decisionRound(lifecycle), occurrences: occurrences(dossier.id).map(followUpOccurrence), executions: executions.get(dossier.id) ?? [] }];
  });
}

/** The open round from the machine's snapshot; null when the snapshot cannot be read, so no task is invented. */
function decisionRound(lifecycle: NonNullable<Awaited<ReturnType<typeof loadLifecycle>>>): number | null {
  try {
    return restorableSnapshot(lifecycle).context.decisionRound;
  } catch {
    return null;
  }
}

function followUpOccurrence(o: OccurrenceRow): FollowUpOccurrence {
  return {
    id: o.id,
    anchoringPointId: o.anchoringPointId ?? '',
    memberId: o.memberId,
    dueDate: o.dueDate,
    status: o.status,
    heldDate: o.heldDate,
    saksnummer: o.saksnummer,
    minutesUrl: o.minutesUrl,
    body: o.body,
  };
}
