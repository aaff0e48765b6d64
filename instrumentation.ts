// Next.js calls register() once when a server process starts: here it starts the in-process
// reminder schedule (lib/jobs/reminders.ts). Only in the Node.js runtime, and not when
// REMINDERS_INTERVAL_MINUTES=0 (e.g. when `npm run reminders` runs from cron instead).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    if (process.env.REMINDERS_INTERVAL_MINUTES?.trim() === '0') return;
    const { DEFAULT_INTERVAL_MINUTES, startReminderSchedule, wholeNumberFromEnv } = await import('./lib/jobs/reminders');
    let minutes: number;
    try {
      minutes = wholeNumberFromEnv('REMINDERS_INTERVAL_MINUTES', DEFAULT_INTERVAL_MINUTES);
    } catch (err) {
      console.error(`[påminnelser] Sendes ikke automatisk: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (minutes > 0) startReminderSchedule(minutes);
  }
}
