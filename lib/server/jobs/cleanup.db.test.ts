import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts, municipalityInvitations, userSessions, userTokens } from '@/db/schema';
import { insertMunicipalityInvitation } from '@/db/queries/person-links';
import { seedReferenceData } from '@/db/seed/reference';
import { recordAttempt } from '@/db/queries/login-attempts';
import { createSession, endSession } from '@/db/queries/sessions';
import { issueToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { cleanupJob, runCleanup } from './cleanup';
import { JOBS } from './index';
import { runDueJobs } from './runner';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterAll(async () => t?.close());

const now = new Date('2026-06-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const rows = async (table: typeof loginAttempts | typeof userSessions | typeof userTokens | typeof municipalityInvitations) => (await t.db.select({ n: count() }).from(table))[0]!.n;

describe(`scheduled clean-up on ${testDatabaseKind}`, () => {
  it('removes old attempts, dead sessions and spent tokens, and keeps what is still in use', async () => {
    const user = (await createUser(t.db, { email: 'rydd@example.no', name: 'Rydd', passwordHash: 'x' }))!;
    await recordAttempt(t.db, { email: 'a@b.no', ip: '1.2.3.4', outcome: 'failure', now: hoursAgo(30) });
    await recordAttempt(t.db, { email: 'a@b.no', ip: '1.2.3.4', outcome: 'failure', now: hoursAgo(1) });
    await endSession(t.db, await createSession(t.db, { userId: user.id, now: hoursAgo(40), maxAgeSeconds: 8 * 3600 }), 'sign_out', hoursAgo(39));
    await createSession(t.db, { userId: user.id, now: hoursAgo(1), maxAgeSeconds: 8 * 3600 });
    await issueToken(t.db, { userId: user.id, purpose: 'reset', ttlMs: 3600_000, now: hoursAgo(24 * 9) });
    await issueToken(t.db, { userId: user.id, purpose: 'invite', ttlMs: 7 * 24 * 3600_000, now: hoursAgo(2) });
    const invitation = (daysAgo: number, accepted: boolean) => ({
      kommunenummer: '4204',
      userId: user.id,
      role: 'folkevalgt' as const,
      invitedName: 'Invitert',
      invitedEmail: 'rydd@example.no',
      invitedAt: hoursAgo(24 * (daysAgo + 7)),
      expiresAt: hoursAgo(24 * daysAgo),
      acceptedAt: accepted ? hoursAgo(24 * daysAgo) : null,
    });
    await insertMunicipalityInvitation(t.db, invitation(31, false)); // expired a month ago: removed
    await insertMunicipalityInvitation(t.db, invitation(31, true)); // accepted a month ago: removed
    await insertMunicipalityInvitation(t.db, invitation(3, false)); // expired lately: still listed
    await insertMunicipalityInvitation(t.db, invitation(-4, false)); // still open
    expect(await runCleanup(t.db, now)).toEqual({ attempts: 1, sessions: 1, tokens: 1, invitations: 2 });
    expect([await rows(loginAttempts), await rows(userSessions), await rows(userTokens), await rows(municipalityInvitations)]).toEqual([1, 1, 1, 2]);
    expect(await runCleanup(t.db, now)).toEqual({ attempts: 0, sessions: 0, tokens: 0, invitations: 0 });
  });
});

describe(`the clean-up as a scheduled job on ${testDatabaseKind}`, () => {
  it('is registered hourly and runs once per hour across instances', async () => {
    expect(JOBS).toContain(cleanupJob);
    expect(cleanupJob.schedule()).toEqual({ everyMinutes: 60 });
    const user = (await createUser(t.db, { email: 'rydd-jobb@example.no', name: 'Rydd', passwordHash: 'x' }))!;
    await recordAttempt(t.db, { email: 'c@d.no', ip: '1.2.3.5', outcome: 'failure', now: hoursAgo(48) });
    await issueToken(t.db, { userId: user.id, purpose: 'reset', ttlMs: 3600_000, now: hoursAgo(24 * 10) });
    const first = await runDueJobs(t.db, [cleanupJob], { now, instance: 'a', log: () => {} });
    expect(first).toEqual([expect.objectContaining({ job: 'opprydding', status: 'done', outcome: expect.stringContaining('Fjernet 1 innloggingsforsøk') })]);
    const second = await runDueJobs(t.db, [cleanupJob], { now, instance: 'b', log: () => {} });
    expect(second).toEqual([expect.objectContaining({ status: 'skipped' })]);
  });
});
