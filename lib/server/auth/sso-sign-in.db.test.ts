// Signing in through an identity provider, against a database: matching by verified address to
// invited and existing accounts, new accounts without roles, no role from any claim, refusals,
// and the server-side session rules (through next-auth's own callbacks, as the route runs them).
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NextAuthOptions } from 'next-auth';
import { seedReferenceData } from '@/db/seed/reference';
import { listAudit } from '@/db/queries/audit';
import { pendingMunicipalityInvitations } from '@/db/queries/person-links';
import { liveSessionCount } from '@/db/queries/sessions';
import { findUserByEmail, loadSignedInUser, setUserActive } from '@/db/queries/users';
import { roleAssignments, userSessions, users } from '@/db/schema';
import { runAction } from '@/lib/server/action';
import { inviteMunicipalityUser, localInviteSpec } from '@/lib/server/actions/local-admin';
import { logOutEverywhere, logOutEverywhereSpec } from '@/lib/server/actions/password';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Mailer } from '@/lib/server/mail';
import { createTestUser, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { signInWithSso } from './sso-sign-in';

const db = vi.hoisted(() => ({ current: null as TestDb | null }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: async () => db.current!.db }));

let t: TestDb;
let rt: SessionUser;
let authOptions: NextAuthOptions;
const mailer: Mailer = { transport: 'logg', send: async () => {}, close: () => {} };
const now = new Date();
const ip = '192.0.2.7';
// What a provider might send to make someone an administrator: none of it may count.
const ESCALATION = {
  roles: ['administrator', 'radmannsteam'],
  groups: ['Brobygger-administratorer'],
  role: 'administrator',
  wids: ['62e90394-69f5-4237-9190-012177145e10'],
  'https://brobygger.no/roller': ['administrator'],
  kommunenummer: '4204',
};
const claims = (email: string, extra: Record<string, unknown> = {}) => ({ sub: `sub-${email}`, email, email_verified: true, name: 'Navn Navnesen', ...extra });
const liveRoles = (userId: string) =>
  t.db
    .select({ role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer, cooperationId: roleAssignments.cooperationId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), isNull(roleAssignments.revokedAt)));

beforeAll(async () => {
  t = await createTestDb();
  db.current = t;
  await seedReferenceData(t.db);
  rt = await createTestUser(t.db, { name: 'Rita Kristiansand', role: 'radmannsteam', kommunenummer: '4204' });
  vi.stubEnv('OIDC_ISSUER', 'http://127.0.0.1:9');
  vi.stubEnv('OIDC_CLIENT_ID', 'brobygger');
  vi.stubEnv('OIDC_CLIENT_SECRET', 'hemmelig');
  authOptions = (await import('./options')).authOptions;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe(`sign-in through an identity provider on ${testDatabaseKind}`, () => {
  it('matches an invited person by verified address and gives them the invited role, and only it', async () => {
    const invited = await runAction(localInviteSpec, (i, ctx) => inviteMunicipalityUser(i, ctx, mailer), { kommunenummer: '4204', name: 'Nils Ny', email: 'nils.ny@example.no', role: 'folkevalgt' }, { getUser: async () => rt, getDb: async () => t.db });
    expect(invited.ok).toBe(true);
    const account = (await findUserByEmail(t.db, 'nils.ny@example.no'))!;
    expect(await liveRoles(account.id)).toEqual([]);
    const result = await signInWithSso(t.db, { provider: 'oidc', claims: claims('Nils.Ny@Example.no', ESCALATION), ip, now });
    expect(result).toMatchObject({ ok: true, created: false, invitationsAccepted: 1, user: { id: account.id, name: 'Nils Ny' } });
    expect(await liveRoles(account.id)).toEqual([{ role: 'folkevalgt', kommunenummer: '4204', cooperationId: null }]);
    expect(await pendingMunicipalityInvitations(t.db, '4204', now)).toEqual([]);
  });

  it('signs an existing user in to their own account and leaves their roles as they are, whatever the claims say', async () => {
    const before = await liveRoles(rt.id);
    for (const provider of ['oidc', 'entra'] as const) {
      const result = await signInWithSso(t.db, { provider, claims: claims(rt.email, { ...ESCALATION, xms_edov: true }), ip, now });
      expect(result).toMatchObject({ ok: true, created: false, invitationsAccepted: 0, user: { id: rt.id } });
    }
    expect(await liveRoles(rt.id)).toEqual(before);
  });

  it('gives an unknown person a new account with no roles, even when the token claims to make them administrator', async () => {
    const result = await signInWithSso(t.db, { provider: 'oidc', claims: claims('ukjent.person@example.no', { ...ESCALATION, name: 'Ukjent Person' }), ip, now });
    expect(result).toMatchObject({ ok: true, created: true, invitationsAccepted: 0, user: { email: 'ukjent.person@example.no', name: 'Ukjent Person' } });
    const id = result.ok ? result.user.id : '';
    expect(await liveRoles(id)).toEqual([]);
    // Signing in again finds the same account, still without roles.
    const again = await signInWithSso(t.db, { provider: 'oidc', claims: claims('ukjent.person@example.no', ESCALATION), ip, now });
    expect(again).toMatchObject({ ok: true, created: false, user: { id } });
    expect(await liveRoles(id)).toEqual([]);
    const created = await listAudit(t.db, { action: 'auth.account_created', actorEmail: 'ukjent.person@example.no' });
    expect(created.rows).toHaveLength(1);
    const signIns = await listAudit(t.db, { action: 'auth.sign_in', actorEmail: 'ukjent.person@example.no' });
    expect(signIns.rows.map((r) => JSON.parse(r.details!))).toContainEqual({ metode: 'sso', leverandør: 'oidc', subjekt: 'sub-ukjent.person@example.no', nyKonto: true, invitasjonerGodtatt: 0 });
    expect(signIns.rows[0]!.clientAddress).toBe(ip);
  });

  it('makes one account when two first sign-ins with the same address arrive together', async () => {
    const results = await Promise.all([1, 2].map(() => signInWithSso(t.db, { provider: 'oidc', claims: claims('samtidig@example.no'), ip, now })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.user.id : null))).size).toBe(1);
    expect(await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'samtidig@example.no'))).toHaveLength(1);
  });

  it('refuses an unverified address and writes nothing but the audit row', async () => {
    const before = await snapshotDatabase(t.db);
    for (const provider of ['oidc', 'entra'] as const) {
      expect(await signInWithSso(t.db, { provider, claims: { sub: 'x', email: rt.email, email_verified: false, ...ESCALATION }, ip, now })).toEqual({ ok: false, reason: 'unverified' });
    }
    expect(await signInWithSso(t.db, { provider: 'oidc', claims: { sub: 'y', email: 'ny.uverifisert@example.no' }, ip, now })).toEqual({ ok: false, reason: 'unverified' });
    const strip = (snapshot: string) => JSON.stringify({ ...JSON.parse(snapshot), audit_log: undefined });
    expect(strip(await snapshotDatabase(t.db))).toBe(strip(before));
    const failed = await listAudit(t.db, { action: 'auth.sign_in_failed', actorEmail: 'ny.uverifisert@example.no' });
    expect(JSON.parse(failed.rows[0]!.details!)).toEqual({ metode: 'sso', leverandør: 'oidc', grunn: 'e-postadressen er ikke bekreftet av identitetsleverandøren' });
  });

  it('keeps a deactivated account shut', async () => {
    const user = await createTestUser(t.db, { name: 'Dag Deaktivert', role: 'folkevalgt', kommunenummer: '4204' });
    await setUserActive(t.db, user.id, false);
    expect(await signInWithSso(t.db, { provider: 'oidc', claims: claims(user.email), ip, now })).toEqual({ ok: false, reason: 'inactive' });
    const failed = await listAudit(t.db, { action: 'auth.sign_in_failed', actorEmail: user.email });
    expect(JSON.parse(failed.rows[0]!.details!)).toMatchObject({ metode: 'sso', grunn: 'brukeren er deaktivert' });
  });
});

describe(`next-auth's callbacks for an identity provider on ${testDatabaseKind}`, () => {
  const account = (provider: string) => ({ type: 'oauth' as const, provider, providerAccountId: 'sub-1', access_token: 'at-hemmelig', id_token: 'idt-hemmelig', refresh_token: 'rt-hemmelig' });

  /** What next-auth's callback route does after the provider has answered: signIn, then jwt with the same user object. */
  async function callback(provider: string, profile: Record<string, unknown>) {
    const user = { id: String(profile.sub), email: String(profile.email), name: 'Fra leverandøren' };
    const allowed = await authOptions.callbacks!.signIn!({ user, account: account(provider), profile });
    if (allowed !== true) return { allowed, token: null };
    const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id }, user, account: account(provider), profile, trigger: 'signIn' } as never);
    return { allowed, token };
  }

  it('offers the configured provider beside the password', () => {
    expect(authOptions.providers.map((p) => p.id)).toEqual(['credentials', 'oidc']);
  });

  it('makes a server-side session for the Brobygger account, with no provider token in the cookie', async () => {
    const { allowed, token } = await callback('oidc', claims(rt.email, ESCALATION));
    expect(allowed).toBe(true);
    expect(token!.sub).toBe(rt.id);
    const user = await loadSignedInUser(t.db, { userId: rt.id, sessionId: String(token!.sid), now: new Date() });
    expect(user).toMatchObject({ id: rt.id, roles: [{ role: 'radmannsteam', kommunenummer: '4204' }] });
    expect(JSON.stringify(token)).not.toMatch(/hemmelig|sub-/);
    const [row] = await t.db.select().from(userSessions).where(eq(userSessions.id, String(token!.sid)));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(8 * 60 * 60 * 1000);
  });

  it('ends the session at sign-out, at "log out everywhere", at deactivation and at expiry, as for a password', async () => {
    const person = await createTestUser(t.db, { name: 'Sara Sesjon', role: 'folkevalgt', kommunenummer: '4204' });
    const signedIn = async () => {
      const { token } = await callback('oidc', claims(person.email));
      return String(token!.sid);
    };
    const live = (sid: string, at = new Date()) => loadSignedInUser(t.db, { userId: person.id, sessionId: sid, now: at });

    const a = await signedIn();
    await authOptions.events!.signOut!({ token: { sub: person.id, sid: a, email: person.email } } as never);
    expect(await live(a)).toBeNull();

    const [b, c] = [await signedIn(), await signedIn()];
    expect(await liveSessionCount(t.db, person.id)).toBe(2);
    const everywhere = await runAction(logOutEverywhereSpec, logOutEverywhere, {}, { getUser: async () => ({ ...person, sessionId: b }), getDb: async () => t.db });
    expect(everywhere).toMatchObject({ ok: true, data: { ended: 2 } });
    expect(await live(b)).toBeNull();
    expect(await live(c)).toBeNull();

    const d = await signedIn();
    expect(await live(d, new Date(Date.now() + 7 * 60 * 60 * 1000))).not.toBeNull();
    expect(await live(d, new Date(Date.now() + 8 * 60 * 60 * 1000 + 1000))).toBeNull();
    await setUserActive(t.db, person.id, false);
    expect(await live(d)).toBeNull();
    // And a deactivated account gets no new session through the provider.
    expect(await callback('oidc', claims(person.email))).toEqual({ allowed: '/logg-inn?error=SsoInactive', token: null });
    expect(await liveSessionCount(t.db, person.id)).toBe(0);
  });

  it('sends an unverified address back to the sign-in page, and refuses a provider that is not configured', async () => {
    expect(await callback('oidc', { sub: 'z', email: 'z@example.no' })).toEqual({ allowed: '/logg-inn?error=SsoUnverified', token: null });
    expect((await callback('entra', claims(rt.email, { xms_edov: true }))).allowed).toBe(false);
    expect((await callback('github', claims(rt.email))).allowed).toBe(false);
  });
});
