import 'server-only';
// Anchoring-point occurrences: generated from the plan, never touching logged history.
import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences } from '../schema';
import type { Dossier } from '@/lib/domain/dossier';
import { regenerateFuture } from '@/lib/domain/anchoring-schedule';
import { addMonths, isoDateOf } from '@/lib/domain/iso-date';

/**
 * Brings the planned occurrences of the coming 12 months in line with the current plan:
 * future planned ones the plan no longer has are removed, missing ones created; anything
 * logged or past is left alone. Returns how many were created and removed.
 */
export async function syncOccurrences(db: Db, dossier: Dossier, now: Date): Promise<{ created: number; deleted: number }> {
  const today = isoDateOf(now);
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
  if (rows.length > 0) await db.insert(anchoringOccurrences).values(rows);
  return { created: rows.length, deleted: plan.delete.length };
}
