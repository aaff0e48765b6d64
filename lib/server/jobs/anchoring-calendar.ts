import 'server-only';
// The rolling anchoring calendar (domain.md 2.7): periodic anchoring occurrences always exist
// at least CALENDAR_MONTHS_AHEAD months ahead for every running cooperation. The job only
// adds what is missing (lib/pure/domain/anchoring-schedule.ts missingOccurrences) and never
// removes or moves anything, so running it twice extends once. Batches of cooperations are
// processed under one transaction-scoped advisory lock, so two app instances running it at
// the same time take turns instead of inserting the same occurrence twice.
//
// extendAnchoringCalendars(db, now) does the work; anchoringCalendarJob is its entry in the
// job registry (lib/server/jobs/index.ts).
import type { Db } from '@/db/client';
import { calendarPlans, insertPlannedOccurrences, lockCalendarJob, runningCooperationIds } from '@/db/queries/anchoring';
import { missingOccurrences } from '@/lib/pure/domain/anchoring-schedule';
import { addMonths, osloDateOf } from '@/lib/pure/domain/iso-date';
import { wholeNumberFromEnv } from './reminders';
import type { Job } from './runner';

export const CALENDAR_MONTHS_AHEAD = 12;
export const DEFAULT_CALENDAR_INTERVAL_HOURS = 24;
const BATCH = 200;

export interface CalendarRunResult {
  cooperations: number;
  created: number;
}

export async function extendAnchoringCalendars(db: Db, now: Date): Promise<CalendarRunResult> {
  const today = osloDateOf(now);
  const horizon = addMonths(today, CALENDAR_MONTHS_AHEAD);
  const result: CalendarRunResult = { cooperations: 0, created: 0 };
  let after: string | null = null;
  for (;;) {
    const ids = await runningCooperationIds(db, after, BATCH);
    if (ids.length === 0) break;
    after = ids.at(-1)!;
    result.created += await db.transaction(async (tx) => {
      await lockCalendarJob(tx);
      const plans = await calendarPlans(tx, ids, today);
      const rows = plans.flatMap((p) => {
        const points = new Map(p.points.map((point) => [point.id, point]));
        return missingOccurrences(p.existing, p.points, p.members, today, horizon).map((o) => {
          const point = points.get(o.anchoringPointId)!;
          return { cooperationId: p.cooperationId, anchoringPointId: o.anchoringPointId, memberId: o.memberId, dueDate: o.dueDate, body: point.body, level: point.level, kind: point.kind };
        });
      });
      return insertPlannedOccurrences(tx, rows);
    });
    result.cooperations += ids.length;
  }
  return result;
}

/**
 * The calendar job for the job runner (lib/server/jobs/runner.ts, registered in lib/server/jobs/index.ts):
 * once per Norwegian calendar day by default, every CALENDAR_INTERVAL_HOURS hours when set
 * to something else, 0 = off. The runner runs it once per period across all instances; the
 * advisory lock above still keeps it apart from a run started by hand at the same time.
 */
export const anchoringCalendarJob: Job = {
  name: 'forankringskalender',
  schedule() {
    const hours = wholeNumberFromEnv('CALENDAR_INTERVAL_HOURS', DEFAULT_CALENDAR_INTERVAL_HOURS);
    if (hours === 0) return null;
    return hours === 24 ? { daily: true } : { everyMinutes: hours * 60 };
  },
  async run(db, { now }) {
    const result = await extendAnchoringCalendars(db, now);
    return `${result.created} nye forankringspunkter i ${result.cooperations} samarbeid i drift.`;
  },
};
