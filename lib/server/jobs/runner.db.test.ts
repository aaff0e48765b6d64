// Scheduled jobs across two app instances on one database: both tick, the job runs once per
// period; a failed run is tried again (up to MAX_ATTEMPTS), an abandoned one is taken over,
// and a job never runs twice at the same time. On a PostgreSQL server (TEST_DATABASE_URL)
// the instances are two independent connection pools (testing/instances.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { jobRuns } from '@/db/schema';
import { listJobRuns } from '@/db/queries/jobs';
import { createTestDb, type TestDb } from '@/testing/db';
import { secondInstance } from '@/testing/instances';
import type { DbHandle } from '@/db/client';
import { LEASE_MS, MAX_ATTEMPTS, runDueJobs, type Job } from './runner';

let a: TestDb;
let b: DbHandle;
const quiet = () => {};

beforeAll(async () => {
  a = await createTestDb();
  b = await secondInstance(a);
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

function countingJob(name: string, options: { failTimes?: number; slowMs?: number } = {}) {
  const runs: string[] = [];
  let failures = options.failTimes ?? 0;
  const job: Job = {
    name,
    schedule: () => ({ everyMinutes: 60 }),
    async run(_db, { period }) {
      runs.push(period);
      if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
      if (failures-- > 0) throw new Error('SMTP-serveren svarte ikke.');
      return `kjørt for ${period}`;
    },
  };
  return { job, runs };
}

describe('jobs across two instances', () => {
  it('runs once per period however many ticks the instances make', async () => {
    const { job, runs } = countingJob('telle', { slowMs: 50 });
    const now = new Date('2026-12-04T13:05:00Z');
    const ticks = Array.from({ length: 8 }, (_, i) => runDueJobs(i % 2 === 0 ? a.db : b.db, [job], { now, instance: i % 2 === 0 ? 'a' : 'b', log: quiet }));
    const outcomes = (await Promise.all(ticks)).flat();
    expect(runs).toEqual(['2026-12-04T13:00Z']);
    expect(outcomes.filter((o) => o.status === 'done')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'skipped')).toHaveLength(7);
    // Later in the same period: nothing; the next period: once more.
    await runDueJobs(b.db, [job], { now: new Date('2026-12-04T13:59:00Z'), instance: 'b', log: quiet });
    await Promise.all([
      runDueJobs(a.db, [job], { now: new Date('2026-12-04T14:00:01Z'), instance: 'a', log: quiet }),
      runDueJobs(b.db, [job], { now: new Date('2026-12-04T14:00:02Z'), instance: 'b', log: quiet }),
    ]);
    expect(runs).toEqual(['2026-12-04T13:00Z', '2026-12-04T14:00Z']);
    const recorded = await listJobRuns(a.db, 'telle');
    expect(recorded.map((r) => [r.period, r.status, r.attempts])).toEqual([
      ['2026-12-04T13:00Z', 'done', 1],
      ['2026-12-04T14:00Z', 'done', 1],
    ]);
    expect(recorded[0]!.outcome).toBe('kjørt for 2026-12-04T13:00Z');
  });

  it('tries a failed run again on a later tick, at most MAX_ATTEMPTS times', async () => {
    const { job, runs } = countingJob('feiler', { failTimes: 10 });
    const now = new Date('2026-12-04T13:05:00Z');
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await runDueJobs(i % 2 === 0 ? a.db : b.db, [job], { now, instance: i % 2 === 0 ? 'a' : 'b', log: quiet });
    expect(runs).toHaveLength(MAX_ATTEMPTS);
    const [run] = await listJobRuns(a.db, 'feiler');
    expect(run).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, outcome: 'SMTP-serveren svarte ikke.' });

    const flaky = countingJob('ustabil', { failTimes: 1 });
    await runDueJobs(a.db, [flaky.job], { now, instance: 'a', log: quiet });
    await runDueJobs(b.db, [flaky.job], { now, instance: 'b', log: quiet });
    await runDueJobs(a.db, [flaky.job], { now, instance: 'a', log: quiet });
    expect(flaky.runs).toHaveLength(2);
    expect((await listJobRuns(a.db, 'ustabil'))[0]).toMatchObject({ status: 'done', attempts: 2, instance: 'b' });
  });

  it('takes over a run whose instance stopped', async () => {
    const { job, runs } = countingJob('forlatt');
    const started = new Date('2026-12-04T13:05:00Z');
    // Instance a claimed the run and died: its heartbeat stops.
    await a.db.insert(jobRuns).values({ job: 'forlatt', period: '2026-12-04T13:00Z', instance: 'a', startedAt: started, heartbeatAt: started });
    await runDueJobs(b.db, [job], { now: new Date(started.getTime() + 60_000), instance: 'b', log: quiet });
    expect(runs).toEqual([]);
    await runDueJobs(b.db, [job], { now: new Date(started.getTime() + LEASE_MS + 1000), instance: 'b', log: quiet });
    expect(runs).toEqual(['2026-12-04T13:00Z']);
    const [run] = await a.db.select().from(jobRuns).where(and(eq(jobRuns.job, 'forlatt'), eq(jobRuns.period, '2026-12-04T13:00Z')));
    expect(run).toMatchObject({ status: 'done', instance: 'b', attempts: 2 });
  });

  it('never runs a job twice at once, not even for the next period', async () => {
    const { job, runs } = countingJob('lang');
    const started = new Date('2026-12-04T13:55:00Z');
    await a.db.insert(jobRuns).values({ job: 'lang', period: '2026-12-04T13:00Z', instance: 'a', startedAt: started, heartbeatAt: started });
    await runDueJobs(b.db, [job], { now: new Date('2026-12-04T14:01:00Z'), instance: 'b', log: quiet });
    expect(runs).toEqual([]);
    await a.db.update(jobRuns).set({ status: 'done' }).where(eq(jobRuns.job, 'lang'));
    await runDueJobs(b.db, [job], { now: new Date('2026-12-04T14:02:00Z'), instance: 'b', log: quiet });
    expect(runs).toEqual(['2026-12-04T14:00Z']);
  });

  it('leaves a switched-off job alone', async () => {
    const job: Job = { name: 'av', schedule: () => null, run: async () => 'skal ikke kjøre' };
    expect(await runDueJobs(a.db, [job], { now: new Date(), instance: 'a', log: quiet })).toEqual([{ job: 'av', period: '', status: 'off' }]);
    expect(await listJobRuns(a.db, 'av')).toEqual([]);
  });
});
