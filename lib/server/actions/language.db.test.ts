// The real language actions (app/(app)/profil/actions.ts and app/(app)/admin/kommuner/actions.ts)
// against a test database: a user's own language and a municipality's målform are validated,
// authorised, conflict-checked against the value the form was loaded with, and audited.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, municipalities, users } from '@/db/schema';
import { loadSessionUser } from '@/db/queries/users';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';

const hooks = vi.hoisted(() => ({ user: null as SessionUser | null, handle: null as DbHandle | null, revalidated: [] as string[] }));

vi.mock('@/lib/server/auth/session', () => ({ currentUser: async () => hooks.user }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => hooks.handle!.db }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void hooks.revalidated.push(path) }));

const { setLanguageAction } = await import('@/app/(app)/profil/actions');
const { setMaalformAction } = await import('@/app/(app)/admin/kommuner/actions');

let t: TestDb;
let plain: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  t = await createTestDb();
  hooks.handle = t;
  const [a, b] = await t.db
    .insert(users)
    .values([
      { email: 'sprak@test.invalid', name: 'Siri Språk', passwordHash: 'ikke-i-bruk' },
      { email: 'admin.sprak@test.invalid', name: 'Ada Admin', passwordHash: 'ikke-i-bruk' },
    ])
    .returning({ id: users.id });
  plain = { id: a!.id, email: 'sprak@test.invalid', name: 'Siri Språk', roles: [] };
  admin = { id: b!.id, email: 'admin.sprak@test.invalid', name: 'Ada Admin', roles: [{ role: 'administrator', kommunenummer: null, cooperationId: null }] };
  await t.db
    .insert(municipalities)
    .values({ kommunenummer: '4224', name: 'Åseral', countyNumber: '42', countyName: 'Agder', validFrom: '2024-01-01' })
    .onConflictDoNothing();
});
afterAll(async () => t?.close());

const language = async () => (await t.db.select({ language: users.language }).from(users).where(eq(users.id, plain.id)))[0]!.language;
const maalform = async () => (await t.db.select({ m: municipalities.maalform }).from(municipalities).where(eq(municipalities.kommunenummer, '4224')))[0]!.m;
const audits = (actorId: string, action: string) => t.db.select().from(auditLog).where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)));

describe(`setLanguageAction on ${testDatabaseKind}`, () => {
  it('refuses a signed-out caller and an unknown language, writing nothing', async () => {
    hooks.user = null;
    expect(await setLanguageAction({ language: 'nn', expected: null })).toMatchObject({ ok: false, code: 'unauthenticated' });
    hooks.user = plain;
    const bad = await setLanguageAction({ language: 'de', expected: '' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { language: ['Velg bokmål, nynorsk, English eller nettleserens språk.'] } });
    expect(await language()).toBeNull();
    expect(await audits(plain.id, 'profile.manage')).toHaveLength(0);
  });

  it('saves the user’s own language, audited, and the session user carries it', async () => {
    hooks.user = plain;
    hooks.revalidated.length = 0;
    expect(await setLanguageAction({ language: 'nn', expected: '' })).toEqual({ ok: true, data: { language: 'nn' } });
    expect(await language()).toBe('nn');
    expect((await loadSessionUser(t.db, plain.id))?.language).toBe('nn');
    const [row] = await audits(plain.id, 'profile.manage');
    expect(row).toMatchObject({ resourceKind: 'user', resourceId: plain.id });
    expect(row!.beforeDigest).not.toEqual(row!.afterDigest);
    expect(hooks.revalidated).toContain('/');
  });

  it('refuses a save over a newer choice as a conflict, and keeps the newer choice', async () => {
    hooks.user = plain;
    // The form was loaded before the user chose nynorsk in another tab.
    const stale = await setLanguageAction({ language: 'en', expected: '' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await language()).toBe('nn');
    expect(await setLanguageAction({ language: '', expected: 'nn' })).toEqual({ ok: true, data: { language: null } });
    expect(await language()).toBeNull();
  });
});

describe(`setMaalformAction on ${testDatabaseKind}`, () => {
  it('is for administrators only', async () => {
    hooks.user = plain;
    expect(await setMaalformAction({ kommunenummer: '4224', maalform: 'nynorsk', expected: 'bokmal' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await maalform()).toBe('bokmal');
  });

  it('saves the målform, audited with the row before and after', async () => {
    hooks.user = admin;
    expect(await setMaalformAction({ kommunenummer: '4224', maalform: 'nynorsk', expected: 'bokmal' })).toEqual({ ok: true, data: { maalform: 'nynorsk' } });
    expect(await maalform()).toBe('nynorsk');
    const [row] = await audits(admin.id, 'municipality.language');
    expect(row).toMatchObject({ resourceKind: 'municipality', resourceId: '4224' });
    expect(row!.beforeDigest).not.toEqual(row!.afterDigest);
  });

  it('refuses a stale form as a conflict, an unknown municipality as not found, and a made-up målform as invalid', async () => {
    hooks.user = admin;
    expect(await setMaalformAction({ kommunenummer: '4224', maalform: 'noytral', expected: 'bokmal' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await maalform()).toBe('nynorsk');
    expect(await setMaalformAction({ kommunenummer: '9999', maalform: 'noytral', expected: 'bokmal' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await setMaalformAction({ kommunenummer: '4224', maalform: 'samisk', expected: 'nynorsk' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await maalform()).toBe('nynorsk');
  });
});
