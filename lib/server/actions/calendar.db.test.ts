// The real "new calendar address" server action (app/(app)/profil/actions.ts), with its real
// spec and handler, against a test database: only the session, the request headers and the
// cache are stood in for, as they are outside a Next.js request.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { calendarFeedToken, findFeedOwner } from '@/db/queries/calendar';
import { auditLog, calendarFeeds, users } from '@/db/schema';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';

const hooks = vi.hoisted(() => ({ user: null as SessionUser | null, handle: null as DbHandle | null, revalidated: [] as string[] }));

// The action's only ties to a request: who is signed in, the database, headers and cookies.
vi.mock('@/lib/server/auth/session', () => ({ currentUser: async () => hooks.user }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => hooks.handle!.db }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void hooks.revalidated.push(path) }));

const { regenerateFeedAction } = await import('@/app/(app)/profil/actions');

const SECRET = 'kalender-test-hemmelighet';
let t: TestDb;
let user: SessionUser;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  t = await createTestDb();
  hooks.handle = t;
  // A user without any role: the own calendar address is theirs to manage all the same.
  const [row] = await t.db.insert(users).values({ email: 'uten.roller@test.invalid', name: 'Uten Roller', passwordHash: 'ikke-i-bruk' }).returning({ id: users.id });
  user = { id: row!.id, email: 'uten.roller@test.invalid', name: 'Uten Roller', roles: [] };
});
afterAll(async () => t?.close());

const feedRow = async () => (await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, user.id)))[0] ?? null;
const auditRows = () => t.db.select().from(auditLog).where(and(eq(auditLog.actorId, user.id), eq(auditLog.action, 'profile.manage')));

describe(`regenerateFeedAction on ${testDatabaseKind}`, () => {
  it('refuses a signed-out caller and writes nothing', async () => {
    hooks.user = null;
    expect(await regenerateFeedAction({ confirmed: true })).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await feedRow()).toBeNull();
  });

  it('needs the confirmation, says so in Norwegian, and keeps the old address', async () => {
    hooks.user = user;
    const old = await calendarFeedToken(t.db, { userId: user.id, secret: SECRET, now: new Date('2026-01-01T08:00:00Z') });
    const result = await regenerateFeedAction({ confirmed: false });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { confirmed: ['Bekreft at den gamle kalenderadressen skal slutte å virke.'] } });
    expect(await findFeedOwner(t.db, old!)).toEqual({ id: user.id, name: 'Uten Roller' });
    expect(await auditRows()).toHaveLength(0);
  });

  it('gives any signed-in user a new address; the old one stops working at once, and the change is audited', async () => {
    hooks.user = user;
    hooks.revalidated.length = 0;
    const old = await calendarFeedToken(t.db, { userId: user.id, secret: SECRET, now: new Date() });
    const result = await regenerateFeedAction({ confirmed: true });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.data.token).not.toBe(old);
    expect(await findFeedOwner(t.db, result.data.token)).toEqual({ id: user.id, name: 'Uten Roller' });
    expect(await findFeedOwner(t.db, old!)).toBeNull();
    expect(hooks.revalidated).toEqual(['/profil']);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: 'regenerateFeed', actorEmail: user.email });
    // The audit row keeps a digest of what happened, never the secret address itself.
    expect(JSON.stringify(audit[0])).not.toContain(result.data.token);
  });

  it('is refused while the user must still replace a temporary password', async () => {
    hooks.user = { ...user, mustChangePassword: true };
    const before = await feedRow();
    expect(await regenerateFeedAction({ confirmed: true })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await feedRow()).toEqual(before);
  });

  it('hides a server fault (no NEXTAUTH_SECRET) behind a reference, and changes nothing', async () => {
    hooks.user = user;
    const before = await feedRow();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    delete process.env.NEXTAUTH_SECRET;
    try {
      const result = await regenerateFeedAction({ confirmed: true });
      expect(result).toMatchObject({ ok: false, code: 'error' });
      expect(!result.ok && result.message).toMatch(/^Noe gikk galt hos oss\. Prøv igjen om litt\. \(Referanse: [0-9a-f]{8}\)$/);
      expect(JSON.stringify(result)).not.toContain('NEXTAUTH_SECRET');
    } finally {
      process.env.NEXTAUTH_SECRET = SECRET;
      errors.mockRestore();
    }
    expect(await feedRow()).toEqual(before);
  });
});
