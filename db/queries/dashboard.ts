import 'server-only';
// What "Mine samarbeid" needs of every cooperation the user may read: the dossier, the stored
// lifecycle (lib/pure/dashboard/inputs.ts reads the open round of member decisions from it),
// occurrences with their bodies, and the information log.
import type { Db } from '../client';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { FollowUpOccurrence } from '@/lib/pure/dashboard/cards';
import type { DashboardRow } from '@/lib/pure/dashboard/inputs';
import { readableCooperationIds } from './cooperations';
import { loadDossiersWithOccurrences, loadLifecycles, type OccurrenceRow } from './dossier';
import { executionDatesByCooperation } from './follow-up';

export async function loadDashboard(db: Db, user: SessionUser): Promise<DashboardRow[]> {
  return loadDashboardFor(db, await readableCooperationIds(db, user));
}

/** The dashboard's rows for these cooperations (one page of them: dashboard-page.ts). */
export async function loadDashboardFor(db: Db, ids: readonly string[], today?: IsoDate): Promise<DashboardRow[]> {
  if (ids.length === 0) return [];
  // The dossiers carry the occurrences already: read once, with the body each was planned for.
  const [executions, { dossiers, occurrences }, lifecycles] = await Promise.all([executionDatesByCooperation(db, [...ids]), loadDossiersWithOccurrences(db, ids, { today }), loadLifecycles(db, [...ids])]);
  return dossiers.flatMap((dossier): DashboardRow[] => {
    const lifecycle = lifecycles.get(dossier.id);
    if (!lifecycle) return [];
    return [{ dossier, lifecycle, occurrences: occurrences(dossier.id).map(followUpOccurrence), executions: executions.get(dossier.id) ?? [] }];
  });
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
