import 'server-only';
// What "Mine samarbeid" needs of every cooperation the user may read: the dossier, the open
// round of member decisions, occurrences with their bodies, and the information log.
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences } from '../schema';
import type { SessionUser } from '@/lib/auth/roles';
import type { DashboardInput, FollowUpOccurrence } from '@/lib/dashboard/cards';
import { restorableSnapshot } from '@/workflows/cooperation/snapshots';
import { listCooperationsForUser } from './cooperations';
import { loadDossiers, loadLifecycles, type loadLifecycle } from './dossier';
import { executionDatesByCooperation } from './follow-up';

export async function loadDashboard(db: Db, user: SessionUser): Promise<DashboardInput[]> {
  const ids = (await listCooperationsForUser(db, user)).map((c) => c.id);
  if (ids.length === 0) return [];
  const [occurrences, executions, dossiers, lifecycles] = await Promise.all([
    occurrencesByCooperation(db, ids),
    executionDatesByCooperation(db, ids),
    loadDossiers(db, ids),
    loadLifecycles(db, ids),
  ]);
  return dossiers.flatMap((dossier): DashboardInput[] => {
    const lifecycle = lifecycles.get(dossier.id);
    if (!lifecycle) return [];
    return [{ dossier, decisionRound: decisionRound(lifecycle), occurrences: occurrences.get(dossier.id) ?? [], executions: executions.get(dossier.id) ?? [] }];
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

async function occurrencesByCooperation(db: Db, ids: readonly string[]): Promise<Map<string, FollowUpOccurrence[]>> {
  const rows = await db
    .select()
    .from(anchoringOccurrences)
    .where(inArray(anchoringOccurrences.cooperationId, [...ids]))
    .orderBy(asc(anchoringOccurrences.dueDate));
  const result = new Map<string, FollowUpOccurrence[]>();
  for (const o of rows) {
    const occurrence: FollowUpOccurrence = {
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
    result.set(o.cooperationId, [...(result.get(o.cooperationId) ?? []), occurrence]);
  }
  return result;
}
