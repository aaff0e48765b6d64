// `npm run reminders`: run the reminder job once (e.g. from cron, with REMINDERS_INTERVAL_MINUTES=0
// on the server). With the embedded database the server must be stopped first: PGlite allows
// one process; there the server's own schedule is the way to send reminders.
import { openDb } from '../db/client';
import { reminderOptionsFromEnv, runReminders } from '../lib/server/jobs/reminders';

let options;
try {
  options = reminderOptionsFromEnv();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
}
const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  const result = await runReminders(handle.db, { ...options, now: new Date() });
  if (result.failed > 0) process.exitCode = 1;
} finally {
  options.mailer.close();
  await handle.close();
}
