import 'server-only';
// The rolling anchoring calendar (domain.md 2.7): periodic anchoring occurrences always exist
// at least CALENDAR_MONTHS_AHEAD months ahead for every running cooperation. The job only
// adds what is missing (lib/domain/anchoring-schedule.ts missingOccurrences) and never
// removes or moves anything, so running it twice extends once. Batches of cooperations are
// processed under one transaction-scoped advisory lock, so two app instances running it at
// the same time take turns instead of inserting the same occurrence twice.
//
// extendAnchoringCalendars(db, now) is the job; startCalendarSchedule runs it in-process
// until a shared job registry runs it once per period across instances.
import { getDbHandle, type Db } from '@/db/client';
import { calendarPlans, insertPlannedOccurrences, lockCalendarJob, runningCooperationIds } from '@/db/queries/anchoring';
import { missingOccurrences } from '@/lib/domain/anchoring-schedule';
import { addMonths, isoDateOf } from '@/lib/domain/iso-date';

export const CALENDAR_MONTHS_AHEAD = 12;
export const DEFAULT_CALENDAR_INTERVAL_HOURS = 24;
const BATCH = 200;
const FIRST_RUN_DELAY_MS = 90_000;

export interface CalendarRunResult {
  cooperations: number;
  created: number;
}

export async function extendAnchoringCalendars(db: Db, now: Date): Promise<CalendarRunResult> {
  const today = isoDateOf(now);
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

const scheduled = globalThis as unknown as { brobyggerCalendarTimer?: ReturnType<typeof setInterval> };

/** Runs the job inside the server process every `hours` hours (instrumentation.ts starts it). */
export function startCalendarSchedule(hours: number): void {
  if (scheduled.brobyggerCalendarTimer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await extendAnchoringCalendars((await getDbHandle()).db, new Date());
      console.info(`[forankringskalender] ${result.created} nye forankringspunkter i ${result.cooperations} samarbeid i drift.`);
    } catch (err) {
      console.error('[forankringskalender] Kjøringen feilet; prøver igjen ved neste intervall:', err);
    } finally {
      running = false;
    }
  };
  setTimeout(tick, FIRST_RUN_DELAY_MS).unref();
  scheduled.brobyggerCalendarTimer = setInterval(tick, hours * 3_600_000);
  scheduled.brobyggerCalendarTimer.unref();
}
