import 'server-only';
// The job_runs table: claiming a job's run for a period (once across all instances),
// keeping it alive, and recording how it ended.
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { jobRuns, type JobRun } from '../schema';

export interface ClaimInput {
  job: string;
  period: string;
  instance: string;
  now: Date;
  /** A run whose heartbeat is older than this is taken to be dead (its instance stopped). */
  leaseMs: number;
  /** Failed or abandoned runs of a period are tried again until this many attempts. */
  maxAttempts: number;
}

/**
 * True when this instance now owns the job's run for the period. Serialised per job by a
 * transaction-level advisory lock, so two instances never both see "not claimed"; the
 * primary key (job, period) would refuse a second row anyway. A job is never run twice at
 * the same time, not even for two periods (a slow run spilling into the next one).
 */
export async function claimJobRun(db: Db, input: ClaimInput): Promise<boolean> {
  const alive = new Date(input.now.getTime() - input.leaseMs);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`brobygger-job:${input.job}`}))`);
    const [other] = await tx
      .select({ period: jobRuns.period })
      .from(jobRuns)
      .where(and(eq(jobRuns.job, input.job), ne(jobRuns.period, input.period), eq(jobRuns.status, 'running'), gt(jobRuns.heartbeatAt, alive)))
      .limit(1);
    if (other) return false;
    const [row] = await tx.select().from(jobRuns).where(and(eq(jobRuns.job, input.job), eq(jobRuns.period, input.period)));
    if (!row) {
      await tx.insert(jobRuns).values({ job: input.job, period: input.period, instance: input.instance, startedAt: input.now, heartbeatAt: input.now });
      return true;
    }
    const abandoned = row.status === 'running' && row.heartbeatAt <= alive;
    if (row.status === 'done' || (row.status === 'running' && !abandoned) || row.attempts >= input.maxAttempts) return false;
    await tx
      .update(jobRuns)
      .set({ status: 'running', instance: input.instance, attempts: row.attempts + 1, startedAt: input.now, heartbeatAt: input.now, finishedAt: null, outcome: null })
      .where(and(eq(jobRuns.job, input.job), eq(jobRuns.period, input.period)));
    return true;
  });
}

/** Renews the run's heartbeat while it works. */
export async function touchJobRun(db: Db, run: { job: string; period: string; instance: string }, now: Date): Promise<void> {
  await db
    .update(jobRuns)
    .set({ heartbeatAt: now })
    .where(and(eq(jobRuns.job, run.job), eq(jobRuns.period, run.period), eq(jobRuns.instance, run.instance), eq(jobRuns.status, 'running')));
}

export async function finishJobRun(db: Db, run: { job: string; period: string; instance: string }, result: { status: 'done' | 'failed'; outcome: string; now: Date }): Promise<void> {
  await db
    .update(jobRuns)
    .set({ status: result.status, outcome: result.outcome.slice(0, 2000), finishedAt: result.now, heartbeatAt: result.now })
    .where(and(eq(jobRuns.job, run.job), eq(jobRuns.period, run.period), eq(jobRuns.instance, run.instance)));
}

export async function listJobRuns(db: Db, job: string): Promise<JobRun[]> {
  return db.select().from(jobRuns).where(eq(jobRuns.job, job)).orderBy(asc(jobRuns.period));
}
