// Server-side sessions: a cookie is only as good as its session row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createSession, endSession, endUserSessions } from './sessions';
import { createUser, loadSignedInUser, setUserActive } from './users';

let t: TestDb;
let userId: string;
beforeAll(async () => {
  t = await createTestDb();
  userId = (await createUser(t.db, { email: 'okt@example.no', name: 'Økt', passwordHash: 'x' }))!.id;
});
afterAll(async () => t?.close());

const now = new Date('2026-06-01T08:00:00Z');
const signedIn = (sessionId: string, at = now) => loadSignedInUser(t.db, { userId, sessionId, now: at });

describe(`sessions on ${testDatabaseKind}`, () => {
  it('signs a request in only while its session is live', async () => {
    const sid = await createSession(t.db, { userId, now, maxAgeSeconds: 8 * 3600 });
    expect(await signedIn(sid)).toMatchObject({ id: userId, sessionId: sid });
    expect(await signedIn(sid, new Date(now.getTime() + 8 * 3600_000 + 1))).toBeNull(); // expired
    await endSession(t.db, sid, 'sign_out', now);
    expect(await signedIn(sid)).toBeNull(); // a signed-out cookie replayed
  });

  it('does not accept another user\'s session id', async () => {
    const other = (await createUser(t.db, { email: 'annen@example.no', name: 'Annen', passwordHash: 'x' }))!.id;
    const sid = await createSession(t.db, { userId: other, now, maxAgeSeconds: 3600 });
    expect(await signedIn(sid)).toBeNull();
  });

  it('ends every session on deactivation and on "log out everywhere", keeping one only when asked', async () => {
    const a = await createSession(t.db, { userId, now, maxAgeSeconds: 3600 });
    const b = await createSession(t.db, { userId, now, maxAgeSeconds: 3600 });
    expect(await endUserSessions(t.db, { userId, reason: 'password_changed', keep: a, now })).toBe(1);
    expect([await signedIn(a), await signedIn(b)].map(Boolean)).toEqual([true, false]);
    await setUserActive(t.db, userId, false);
    await setUserActive(t.db, userId, true);
    expect(await signedIn(a)).toBeNull();
  });
});
