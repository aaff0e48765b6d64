// Replayed attacks on sign-in, against a database: the throttle cannot be sidestepped by the
// same client, cannot be turned against a user signing in from elsewhere, and every outcome
// is audited. (Address rotation through X-Forwarded-For: lib/server/security/client-address.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import { loginAttempts } from '@/db/schema';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { listAudit } from '@/db/queries/audit';
import { pruneAttempts } from '@/db/queries/login-attempts';
import { createUser } from '@/db/queries/users';
import { hashPassword } from './password';
import { attemptSignIn } from './sign-in';

let t: TestDb;
const now = new Date('2026-11-22T10:00:00Z');
const seconds = (s: number) => new Date(now.getTime() + s * 1000);
const RIGHT = 'riktig-passord-123';
const sleeps: number[] = [];
const sleep = async (ms: number) => void sleeps.push(ms);
const attempt = (email: string, password: string, ip: string, at: Date) => attemptSignIn(t.db, { email, password, ip, now: at, sleep });

beforeAll(async () => {
  t = await createTestDb();
  for (const email of ['kari@example.no', 'ola@example.no', 'admin@example.no']) {
    await createUser(t.db, { email, name: email.split('@')[0]!, passwordHash: await hashPassword(RIGHT) });
  }
});
afterAll(async () => t?.close());

describe(`sign-in on ${testDatabaseKind}`, () => {
  it('stores an argon2id hash', async () => {
    expect(await hashPassword('x')).toMatch(/^\$argon2id\$/);
  });

  it('accepts the right password, case-insensitive e-mail, and answers the same for a wrong password and an unknown user', async () => {
    expect((await attempt(' Kari@Example.no ', RIGHT, '10.0.0.1', now)).ok).toBe(true);
    const wrong = await attempt('kari@example.no', 'feil', '10.0.0.2', now);
    const unknown = await attempt('ingen@example.no', 'feil', '10.0.0.3', now);
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('makes one account from one address wait longer after each failure, without checking the password', async () => {
    const ip = '198.51.100.5';
    for (let i = 0; i < 4; i++) expect(await attempt('ola@example.no', `feil-${i}`, ip, seconds(i))).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt('ola@example.no', 'feil-4', ip, seconds(4))).toEqual({ ok: false, reason: 'invalid' });
    // Five failures: 15 seconds from the last one, even with the right password.
    expect(await attempt('ola@example.no', RIGHT, ip, seconds(5))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 14 });
    expect(await attempt('ola@example.no', 'feil-5', ip, seconds(20))).toEqual({ ok: false, reason: 'invalid' });
    // Six failures: 30 seconds.
    expect(await attempt('ola@example.no', RIGHT, ip, seconds(40))).toMatchObject({ reason: 'rate_limited', retryAfterSeconds: 10 });
    // Waiting it out works, and a success starts the count afresh.
    expect((await attempt('ola@example.no', RIGHT, ip, seconds(51))).ok).toBe(true);
    expect(await attempt('ola@example.no', 'feil-6', ip, seconds(52))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('never locks the owner out: failures by others for the account only slow a clean address down', async () => {
    // An attacker with 40 failures from one address, and 40 more spread over 40 addresses.
    const fromOne = [];
    for (let i = 0; i < 40; i++) fromOne.push(await attempt('admin@example.no', `gjett-${i}`, '203.0.113.66', seconds(100 + i)));
    // Of 40 tries in 40 seconds, only the first five and one after the 15-second wait were checked.
    expect(fromOne.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(6);
    expect(await attempt('admin@example.no', RIGHT, '203.0.113.66', seconds(140))).toMatchObject({ reason: 'rate_limited' });
    for (let i = 0; i < 40; i++) await attempt('admin@example.no', `gjett-${i}`, `203.0.113.${i + 100}`, seconds(150 + i));
    sleeps.length = 0;
    const owner = await attempt('admin@example.no', RIGHT, '192.0.2.10', seconds(201));
    expect(owner.ok).toBe(true);
    expect(sleeps).toEqual([3000]); // slowed, capped at 3 seconds, never refused
  });

  it('does not share a bucket between clients without a known address for other accounts', async () => {
    for (let i = 0; i < 12; i++) await attempt(`gjest${i}@example.no`, 'feil', 'ukjent', seconds(300 + i));
    expect((await attempt('kari@example.no', RIGHT, 'ukjent', seconds(320))).ok).toBe(true);
  });

  it('slows down an address spraying many accounts, without refusing', async () => {
    for (let i = 0; i < 35; i++) await attempt(`spray${i}@example.no`, 'Sommer2026!', '203.0.113.250', seconds(400 + i));
    sleeps.length = 0;
    expect((await attempt('kari@example.no', RIGHT, '203.0.113.250', seconds(440))).ok).toBe(true);
    expect(sleeps[0]).toBeGreaterThan(0);
  });

  it('writes sign-ins and failed sign-ins to the audit log, never the password', async () => {
    const ok = await listAudit(t.db, { action: 'auth.sign_in', actorEmail: 'kari@example.no' });
    expect(ok.rows.length).toBeGreaterThan(0);
    expect(ok.rows[0]!.actorId).not.toBeNull();
    const failed = await listAudit(t.db, { action: 'auth.sign_in_failed', actorEmail: 'ola@example.no' });
    expect(failed.rows.map((r) => JSON.parse(r.details!).grunn)).toContain('for mange forsøk');
    const all = await t.db.execute(sql`select string_agg(coalesce(details, ''), ' ') as text from audit_log`);
    expect(JSON.stringify(all)).not.toContain(RIGHT);
  });

  it('prunes attempts older than a day', async () => {
    const n = (await t.db.select({ n: count() }).from(loginAttempts))[0]!.n;
    expect(n).toBeGreaterThan(0);
    expect(await pruneAttempts(t.db, new Date(now.getTime() + 25 * 60 * 60 * 1000))).toBe(n);
  });
});
