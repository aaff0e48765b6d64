import 'server-only';
// The hourly clean-up job (registered in lib/server/jobs/index.ts): sign-in attempts older than a
// day, sessions ended or expired more than a day ago, and reset/invitation tokens used or
// expired more than a week ago, and municipality invitations accepted or expired more than a
// month ago (db/queries/person-links.ts). Deleting is idempotent, so a run repeated after a crash is
// harmless; the job runner makes one instance do it per hour.
import type { Db } from '@/db/client';
import { pruneAttempts } from '@/db/queries/login-attempts';
import { pruneMunicipalityInvitations } from '@/db/queries/person-links';
import { pruneSessions } from '@/db/queries/sessions';
import { pruneTokens } from '@/db/queries/tokens';
import type { Job } from './runner';

export const CLEANUP_INTERVAL_MINUTES = 60;

export async function runCleanup(db: Db, now: Date) {
  return {
    attempts: await pruneAttempts(db, now),
    sessions: await pruneSessions(db, now),
    tokens: await pruneTokens(db, now),
    invitations: await pruneMunicipalityInvitations(db, now),
  };
}

export const cleanupJob: Job = {
  name: 'opprydding',
  schedule: () => ({ everyMinutes: CLEANUP_INTERVAL_MINUTES }),
  async run(db, { now }) {
    const removed = await runCleanup(db, now);
    return `Fjernet ${removed.attempts} innloggingsforsøk, ${removed.sessions} økter, ${removed.tokens} lenker og ${removed.invitations} gamle invitasjoner.`;
  },
};
