// Scheduled jobs across app instances: one row per job and period. The primary key is what
// makes a job run once per period however many instances try (lib/server/jobs/runner.ts).
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    /** The period the run is for, e.g. '2026-12-04T13:00Z' (hourly) or '2026-12-04' (daily). */
    period: text('period').notNull(),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull().default('running'),
    /** Which instance (host:pid:random) holds or held the run. */
    instance: text('instance').notNull(),
    attempts: integer('attempts').notNull().default(1),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** Renewed while the run is alive; an old heartbeat means the instance died and another may take over. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** One line on what the run did, or why it failed. */
    outcome: text('outcome'),
  },
  (t) => [primaryKey({ columns: [t.job, t.period] })],
);

export type JobRun = typeof jobRuns.$inferSelect;
