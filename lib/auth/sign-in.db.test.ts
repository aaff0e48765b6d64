import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/lib/testing/db';
import { createUser } from '@/db/queries/users';
import { hashPassword } from './password';
import { attemptSignIn } from './sign-in';

let t: TestDb;
const now = new Date('2026-11-22T10:00:00Z');
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

beforeAll(async () => {
  t = await createTestDb();
  await createUser(t.db, { email: 'kari@example.no', name: 'Kari', passwordHash: await hashPassword('riktig-passord-123') });
});
afterAll(async () => t?.close());

describe(`sign-in on ${testDatabaseKind}`, () => {
  it('stores an argon2id hash', async () => {
    expect(await hashPassword('x')).toMatch(/^\$argon2id\$/);
  });

  it('accepts the right password, case-insensitive e-mail', async () => {
    const r = await attemptSignIn(t.db, { email: ' Kari@Example.no ', password: 'riktig-passord-123', ip: '10.0.0.1', now });
    expect(r.ok).toBe(true);
  });

  it('answers the same for a wrong password and an unknown user', async () => {
    const wrong = await attemptSignIn(t.db, { email: 'kari@example.no', password: 'feil', ip: '10.0.0.2', now });
    const unknown = await attemptSignIn(t.db, { email: 'ingen@example.no', password: 'feil', ip: '10.0.0.3', now });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('after 10 failures for one account, refuses without checking the password for 15 minutes', async () => {
    // One failure already recorded above for kari@example.no.
    for (let i = 0; i < 9; i++) {
      await attemptSignIn(t.db, { email: 'kari@example.no', password: `feil-${i}`, ip: `10.1.0.${i}`, now: minutes(1) });
    }
    const blocked = await attemptSignIn(t.db, { email: 'kari@example.no', password: 'riktig-passord-123', ip: '10.9.9.9', now: minutes(2) });
    expect(blocked).toEqual({ ok: false, reason: 'rate_limited' });
    const later = await attemptSignIn(t.db, { email: 'kari@example.no', password: 'riktig-passord-123', ip: '10.9.9.9', now: minutes(17) });
    expect(later.ok).toBe(true);
  });

  it('after 10 failures from one address, refuses every account from it', async () => {
    for (let i = 0; i < 10; i++) {
      await attemptSignIn(t.db, { email: `gjest${i}@example.no`, password: 'feil', ip: '192.0.2.7', now: minutes(30) });
    }
    const blocked = await attemptSignIn(t.db, { email: 'kari@example.no', password: 'riktig-passord-123', ip: '192.0.2.7', now: minutes(31) });
    expect(blocked).toEqual({ ok: false, reason: 'rate_limited' });
    const elsewhere = await attemptSignIn(t.db, { email: 'kari@example.no', password: 'riktig-passord-123', ip: '192.0.2.8', now: minutes(31) });
    expect(elsewhere.ok).toBe(true);
  });
});
