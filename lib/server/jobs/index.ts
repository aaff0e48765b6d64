import 'server-only';
// Every scheduled job of the application. To add one, write a `Job` (lib/server/jobs/runner.ts) next
// to its work and add it to this list: the runner then runs it once per period across all
// instances, and records each run in job_runs.
import type { Job } from './runner';
import { cleanupJob } from './cleanup';
import { remindersJob } from './reminders';
import { anchoringCalendarJob } from './anchoring-calendar';
import { summariesJob } from './summaries';

export const JOBS: readonly Job[] = [remindersJob, cleanupJob, anchoringCalendarJob, summariesJob];
