// Password self-service against a database: changing, "log out everywhere", reset links that
// are single-use, time-limited and stored only as a hash, and invitation links on the same path.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userTokens, users } from '@/db/schema';
import { listAudit } from '@/db/queries/audit';
import { createSession, liveSessionCount } from '@/db/queries/sessions';
import { issueToken } from '@/db/queries/tokens';
import { createUser, getUser, loadSessionUser } from '@/db/queries/users';
import { runAction, runPublicAction } from '@/lib/server/action';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Mailer, MailMessage } from '@/lib/server/mail';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import {
  changePassword,
  changePasswordSpec,
  logOutEverywhere,
  logOutEverywhereSpec,
  PASSWORD_MESSAGES_DONE,
  requestPasswordReset,
  resetRequestSpec,
  setPasswordWithToken,
  tokenPasswordSpec,
} from './password';

let t: TestDb;
let kari: SessionUser;
const OLD = 'gammelt-passord-som-virker';
const NEW = 'blåbær i skogen om høsten';
const sent: MailMessage[] = [];
const mailer: Mailer = { transport: 'logg', send: async (m) => void sent.push(m), close: () => {} };

beforeAll(async () => {
  t = await createTestDb();
  const row = (await createUser(t.db, { email: 'kari@example.no', name: 'Kari Nordmann', passwordHash: await hashPassword(OLD), mustChangePassword: true }))!;
  kari = (await loadSessionUser(t.db, row.id))!;
});
afterAll(async () => t?.close());

const deps = (user: SessionUser) => ({ getUser: async () => user, getDb: async () => t.db });
const publicDeps = { getDb: async () => t.db };
const change = (user: SessionUser, input: unknown) => runAction(changePasswordSpec, (i, ctx) => changePassword(i, ctx, '192.0.2.1'), input, deps(user));
const reset = (input: unknown) => runPublicAction(resetRequestSpec, (i, ctx) => requestPasswordReset(i, ctx, mailer), input, publicDeps);
const choose = (input: unknown) => runPublicAction(tokenPasswordSpec, (i, ctx) => setPasswordWithToken(i, ctx), input, publicDeps);
const tokenIn = (m: MailMessage) => /\/nytt-passord\/([A-Za-z0-9_-]{43})/.exec(m.text)![1]!;

describe(`password self-service on ${testDatabaseKind}`, () => {
  it('changes the password only with the right current one and a good new one, and ends the other sessions', async () => {
    const here = await createSession(t.db, { userId: kari.id, now: new Date(), maxAgeSeconds: 3600 });
    await createSession(t.db, { userId: kari.id, now: new Date(), maxAgeSeconds: 3600 });
    const me = { ...kari, sessionId: here };
    expect(await change(me, { current: 'feil', password: NEW, confirm: NEW })).toMatchObject({ ok: false, fieldErrors: { current: [PASSWORD_MESSAGES_DONE.wrongCurrent] } });
    expect(await change(me, { current: OLD, password: 'Passord2026!!', confirm: 'Passord2026!!' })).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/mest brukte/)] } });
    expect(await change(me, { current: OLD, password: 'kari.nordmann.2026', confirm: 'kari.nordmann.2026' })).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/navnet ditt/)] } });
    expect(await change(me, { current: OLD, password: NEW, confirm: 'noe annet helt' })).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringMatching(/ikke like/)] } });
    expect(await verifyPassword((await getUser(t.db, kari.id))!.passwordHash, OLD)).toBe(true);
    expect(await liveSessionCount(t.db, kari.id)).toBe(2);

    expect(await change(me, { current: OLD, password: NEW, confirm: NEW })).toMatchObject({ ok: true });
    const account = (await getUser(t.db, kari.id))!;
    expect(await verifyPassword(account.passwordHash, NEW)).toBe(true);
    expect(account.mustChangePassword).toBe(false);
    expect(await liveSessionCount(t.db, kari.id)).toBe(1); // only this one
    const audit = (await listAudit(t.db, { actorEmail: 'kari@example.no', action: 'profile.manage' })).rows[0]!;
    expect(audit).toMatchObject({ operation: 'changePassword', resourceKind: 'user', resourceId: kari.id });
    expect(audit.beforeDigest).not.toBe(audit.afterDigest);
  });

  it('logs out everywhere', async () => {
    await createSession(t.db, { userId: kari.id, now: new Date(), maxAgeSeconds: 3600 });
    expect(await runAction(logOutEverywhereSpec, logOutEverywhere, {}, deps(kari))).toMatchObject({ ok: true, data: { ended: 2 } });
    expect(await liveSessionCount(t.db, kari.id)).toBe(0);
  });

  it('answers a reset request the same for unknown and known addresses, and mails only the known', async () => {
    const unknown = await reset({ email: 'ingen@example.no' });
    const known = await reset({ email: 'KARI@example.no' });
    expect(unknown).toEqual(known);
    expect(known).toEqual({ ok: true, data: { message: PASSWORD_MESSAGES_DONE.resetRequested } });
    expect(sent.map((m) => m.to)).toEqual(['kari@example.no']);
    const token = tokenIn(sent[0]!);
    // Only the hash is stored.
    const stored = await t.db.select({ hash: userTokens.tokenHash }).from(userTokens).where(eq(userTokens.userId, kari.id));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends at most three reset e-mails an hour, and only the newest link works', async () => {
    await reset({ email: 'kari@example.no' });
    await reset({ email: 'kari@example.no' });
    await reset({ email: 'kari@example.no' });
    expect(sent).toHaveLength(3);
    const first = tokenIn(sent[0]!);
    expect(await choose({ token: first, password: NEW, confirm: NEW })).toMatchObject({ ok: false, code: 'not_found', message: PASSWORD_MESSAGES_DONE.badLink });
  });

  it('lets a reset link set a password once, and ends every session', async () => {
    await createSession(t.db, { userId: kari.id, now: new Date(), maxAgeSeconds: 3600 });
    const token = tokenIn(sent.at(-1)!);
    const weak = await choose({ token, password: 'password1234', confirm: 'password1234' });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    // A refused try does not use the link up.
    expect(await choose({ token, password: 'tre trøtte troll i tåka', confirm: 'tre trøtte troll i tåka' })).toMatchObject({ ok: true, data: { purpose: 'reset' } });
    expect(await verifyPassword((await getUser(t.db, kari.id))!.passwordHash, 'tre trøtte troll i tåka')).toBe(true);
    expect(await liveSessionCount(t.db, kari.id)).toBe(0);
    expect(await choose({ token, password: 'en helt annen setning', confirm: 'en helt annen setning' })).toMatchObject({ ok: false, code: 'not_found' });
    expect((await listAudit(t.db, { action: 'password.reset' })).rows[0]).toMatchObject({ actorId: kari.id, resourceId: kari.id });
  });

  it('refuses an expired link, and accepts an invitation link on the same path', async () => {
    const expired = await issueToken(t.db, { userId: kari.id, purpose: 'reset', ttlMs: 1000, now: new Date(Date.now() - 60_000) });
    expect(await choose({ token: expired, password: NEW, confirm: NEW })).toMatchObject({ ok: false, code: 'not_found' });
    const invited = (await createUser(t.db, { email: 'ny@example.no', name: 'Ny Bruker', passwordHash: 'ubrukelig' }))!;
    const invite = await issueToken(t.db, { userId: invited.id, purpose: 'invite', ttlMs: 7 * 24 * 3600_000, now: new Date() });
    expect(await choose({ token: invite, password: 'mitt første passord her', confirm: 'mitt første passord her' })).toMatchObject({ ok: true, data: { purpose: 'invite' } });
    expect((await listAudit(t.db, { action: 'password.invitation_accepted' })).rows).toHaveLength(1);
  });

  it('never writes a password or a raw token to the audit log', async () => {
    const dump = JSON.stringify(await t.db.execute(sql`select * from audit_log`));
    for (const secret of [OLD, NEW, 'tre trøtte troll i tåka', ...sent.map(tokenIn)]) expect(dump).not.toContain(secret);
    expect((await t.db.select({ m: users.mustChangePassword }).from(users).where(eq(users.id, kari.id)))[0]!.m).toBe(false);
  });
});
