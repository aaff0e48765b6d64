import 'server-only';
// Scheduled jobs that run once per period however many app instances share the database.
// Every instance ticks (once a minute by default) and, for each registered job that is due,
// tries to claim the job's run for the current period in job_runs (db/queries/jobs.ts): the
// one that gets the row runs the job, the others skip it. A failed run is tried again on a
// later tick of the same period (up to MAX_ATTEMPTS); a run whose instance died (no heartbeat
// for LEASE_MS) is taken over. Add a job in lib/server/jobs/index.ts.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { claimJobRun, finishJobRun, touchJobRun } from '@/db/queries/jobs';
import { osloDateOf } from '@/lib/pure/domain/iso-date';

/** Every N minutes (periods start on the hour and at multiples of N after it), or once per Norwegian calendar day. */
export type JobSchedule = { everyMinutes: number } | { daily: true };

export interface Job {
  /** Stable name: the key of its rows in job_runs. */
  name: string;
  /** When it runs; null = switched off (e.g. by an environment variable). May throw on bad configuration. */
  schedule(): JobSchedule | null;
  /** Does the work; the returned line is stored with the run. Must be safe to repeat after a crash. */
  run(db: Db, context: { now: Date; period: string }): Promise<string | void>;
}

export const LEASE_MS = 15 * 60_000;
export const MAX_ATTEMPTS = 3;
const HEARTBEAT_MS = 60_000;

/** The period `now` falls in: '2026-12-04T13:00Z' for minute schedules (UTC), '2026-12-04' for daily ones (Oslo). */
export function periodOf(schedule: JobSchedule, now: Date): string {
  if ('daily' in schedule) return osloDateOf(now);
  const minutes = Math.max(1, Math.floor(schedule.everyMinutes));
  const start = new Date(Math.floor(now.getTime() / (minutes * 60_000)) * minutes * 60_000);
  return `${start.toISOString().slice(0, 16)}Z`;
}

/** This process, as job_runs names it. */
export const INSTANCE = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export interface JobOutcome {
  job: string;
  period: string;
  status: 'skipped' | 'done' | 'failed' | 'off';
  outcome?: string;
}

/** Runs every due job this instance can claim; the others are 'skipped' (done or running elsewhere). */
export async function runDueJobs(db: Db, jobs: readonly Job[], options: { now: Date; instance?: string; log?: (line: string) => void }): Promise<JobOutcome[]> {
  const instance = options.instance ?? INSTANCE;
  const log = options.log ?? console.info;
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    let schedule: JobSchedule | null;
    try {
      schedule = job.schedule();
    } catch (err) {
      outcomes.push({ job: job.name, period: '', status: 'off', outcome: err instanceof Error ? err.message : String(err) });
      continue;
    }
    if (schedule === null) {
      outcomes.push({ job: job.name, period: '', status: 'off' });
      continue;
    }
    const period = periodOf(schedule, options.now);
    const run = { job: job.name, period, instance };
    if (!(await claimJobRun(db, { ...run, now: options.now, leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS }))) {
      outcomes.push({ job: job.name, period, status: 'skipped' });
      continue;
    }
    const heartbeat = setInterval(() => void touchJobRun(db, run, new Date()).catch(() => {}), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      const outcome = (await job.run(db, { now: options.now, period })) || 'Ferdig.';
      await finishJobRun(db, run, { status: 'done', outcome, now: new Date() });
      outcomes.push({ job: job.name, period, status: 'done', outcome });
    } catch (err) {
      const outcome = err instanceof Error ? err.message : String(err);
      log(`[jobber] ${job.name} (${period}) feilet; prøves igjen ved neste runde: ${outcome}`);
      await finishJobRun(db, run, { status: 'failed', outcome, now: new Date() }).catch(() => {});
      outcomes.push({ job: job.name, period, status: 'failed', outcome });
    } finally {
      clearInterval(heartbeat);
    }
  }
  return outcomes;
}

const scheduled = globalThis as unknown as { brobyggerJobTimer?: ReturnType<typeof setInterval> };

/**
 * Ticks every `tickSeconds` in this process (instrumentation.ts starts it), first after one
 * tick, so a booting server is not slowed down; never two ticks at a time.
 */
export function startJobScheduler(jobs: readonly Job[], options: { getDb: () => Promise<Db>; tickSeconds: number }): void {
  if (scheduled.brobyggerJobTimer) return;
  // Say once at start which jobs are switched off or misconfigured, rather than on every tick.
  for (const job of jobs) {
    try {
      if (job.schedule() === null) console.info(`[jobber] ${job.name} er slått av.`);
    } catch (err) {
      console.error(`[jobber] ${job.name} kjøres ikke: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(await options.getDb(), jobs, { now: new Date() });
    } catch (err) {
      console.error('[jobber] Runden feilet; prøver igjen ved neste:', err);
    } finally {
      running = false;
    }
  };
  scheduled.brobyggerJobTimer = setInterval(tick, options.tickSeconds * 1000);
  scheduled.brobyggerJobTimer.unref();
  console.info(`[jobber] Planlagte jobber (${jobs.map((j) => j.name).join(', ')}) kjører én gang per periode på tvers av instanser; sjekker hvert ${options.tickSeconds}. sekund.`);
}
