// Next.js calls register() once when a server process starts: here it starts the scheduled
// jobs (lib/server/jobs: reminders, the hourly clean-up of sign-in attempts, sessions and tokens,
// and whatever else is registered there). Every instance ticks; job_runs makes each job run
// once per period across all of them. Only in the Node.js runtime, and not when
// BROBYGGER_JOBS=0 (e.g. when cron runs `npm run reminders` instead).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.BROBYGGER_JOBS?.trim() === '0') return;
  const [{ getDb }, { JOBS }, { startJobScheduler }, { wholeNumberFromEnv }] = await Promise.all([
    import('./db/client'),
    import('./lib/server/jobs'),
    import('./lib/server/jobs/runner'),
    import('./lib/server/jobs/reminders'),
  ]);
  let tickSeconds: number;
  try {
    tickSeconds = Math.max(1, wholeNumberFromEnv('JOBS_TICK_SECONDS', 60));
  } catch (err) {
    console.error(`[jobber] Kjøres ikke automatisk: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  startJobScheduler(JOBS, { getDb, tickSeconds });
}
