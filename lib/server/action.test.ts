import { describe, expect, it, vi } from 'vitest';
import { z } from '@/lib/pure/validation/zod';
import type { Db } from '@/db/client';
import { ActionError, formDataToObject, runAction } from './action';
import type { SessionUser } from '@/lib/pure/auth/roles';

const admin: SessionUser = { id: 'a', email: 'a@x.no', name: 'A', roles: [{ role: 'administrator', kommunenummer: null, cooperationId: null }] };
const nobody: SessionUser = { ...admin, roles: [] };
// A stand-in database: transactions run the callback, inserts (the audit rows) are kept.
const inserted: Record<string, unknown>[] = [];
const db = {
  transaction: async (fn: (tx: unknown) => unknown) => fn(db),
  insert: () => ({ values: async (v: Record<string, unknown>) => void inserted.push(v) }),
} as unknown as Db;
const schema = z.object({ name: z.string().min(2, 'Skriv minst to tegn.'), age: z.coerce.number().int('Skriv et heltall.') });
const spec = { schema, action: 'user.create' as const, resource: () => ({ kind: 'system' as const }) };
const deps = (user: SessionUser | null) => ({ getUser: async () => user, getDb: async () => db });

describe('runAction', () => {
  it('refuses a signed-out caller before validating or running', async () => {
    const fn = vi.fn();
    expect(await runAction(spec, fn, { name: 'x' }, deps(null))).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('returns every field error in Norwegian, and never runs the action', async () => {
    const fn = vi.fn();
    const result = await runAction(spec, fn, { name: 'x', age: 'abc' }, deps(admin));
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Noen av feltene må rettes før du kan lagre.',
      fieldErrors: { name: ['Skriv minst to tegn.'], age: [expect.any(String)] },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a caller without the permission', async () => {
    const fn = vi.fn();
    expect(await runAction(spec, fn, { name: 'Kari', age: 3 }, deps(nobody))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('answers not_found when the resource does not exist', async () => {
    const result = await runAction({ ...spec, resource: () => null }, vi.fn(), { name: 'Kari', age: 3 }, deps(admin));
    expect(result).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('runs with validated input and returns its data', async () => {
    const result = await runAction(spec, async (input) => input.age * 2, { name: 'Kari', age: '21' }, deps(admin));
    expect(result).toEqual({ ok: true, data: 42 });
  });

  it('passes an ActionError through with its message and field errors', async () => {
    const result = await runAction(spec, async () => {
      throw new ActionError('conflict', 'Noen andre var først.', { name: ['Opptatt.'] });
    }, { name: 'Kari', age: 1 }, deps(admin));
    expect(result).toEqual({ ok: false, code: 'conflict', message: 'Noen andre var først.', fieldErrors: { name: ['Opptatt.'] } });
  });

  it('hides unexpected errors behind a reference and logs them', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await runAction(spec, async () => {
      throw new Error('password=hemmelig');
    }, { name: 'Kari', age: 1 }, deps(admin));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hemmelig');
    expect(result).toMatchObject({ code: 'error', message: expect.stringMatching(/^Noe gikk galt hos oss\. Prøv igjen om litt\. \(Referanse: [0-9a-f]{8}\)$/) });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('refuses NUL and other control characters before the schema runs, naming the field', async () => {
    const fn = vi.fn();
    for (const bad of ['Ka\u0000ri', 'Kari\u0007', 'Kari\u001b[31m', 'Kari\u009b', 'Kari\ud800']) {
      const result = await runAction(spec, fn, { name: bad, age: 3 }, deps(admin));
      expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: [expect.stringMatching(/tegn som ikke er tillatt/)] } });
    }
    expect(fn).not.toHaveBeenCalled();
    // Tabs and line breaks are ordinary text.
    expect(await runAction(spec, async () => 1, { name: 'Kari\n\tNordmann', age: 3 }, deps(admin))).toMatchObject({ ok: true });
  });

  it('lets a user with an administrator-chosen password do nothing but change it', async () => {
    const fn = vi.fn();
    const temporary = { ...admin, mustChangePassword: true };
    expect(await runAction(spec, fn, { name: 'Kari', age: 3 }, deps(temporary))).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/eget passord/) });
    expect(fn).not.toHaveBeenCalled();
    expect(await runAction({ ...spec, allowWithTemporaryPassword: true }, async () => 1, { name: 'Kari', age: 3 }, deps(temporary))).toMatchObject({ ok: true });
  });

  it('appends one audit row per successful write, none for a refusal, and never a password', async () => {
    inserted.length = 0;
    const withSecret = { ...spec, schema: schema.extend({ password: z.string() }), name: 'lagTest' };
    await runAction(withSecret, async () => ({ id: 'ny-id' }), { name: 'Kari', age: 3, password: 'hemmelig-passord' }, deps(admin));
    await runAction(withSecret, vi.fn(), { name: 'K', age: 3, password: 'x' }, deps(admin));
    await runAction(withSecret, vi.fn(), { name: 'Kari', age: 3, password: 'x' }, deps(nobody));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatchObject({ actorId: 'a', actorEmail: 'a@x.no', action: 'user.create', operation: 'lagTest', resourceKind: 'system', details: '{"opprettet":"ny-id"}' });
    expect(inserted[0]!.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(inserted)).not.toContain('hemmelig');
  });

  it('accepts FormData, with repeated keys as arrays', () => {
    const fd = new FormData();
    fd.append('a', '1');
    fd.append('b', 'x');
    fd.append('b', 'y');
    fd.append('$ACTION_ID_123', '');
    expect(formDataToObject(fd)).toEqual({ a: '1', b: ['x', 'y'] });
  });
});

describe('the request language in an action', () => {
  // On PGlite (one connection) a query beside the open transaction waits for ever: an action
  // that asked for the language inside its body used to hang the embedded server (the language
  // is worked out from the signed-in user in the database). It is settled before the transaction.
  it('is settled before the transaction and known inside it, without looking it up again', async () => {
    const { knownLocale } = await import('./i18n/known-locale');
    const order: string[] = [];
    const getLocale = vi.fn(async () => {
      order.push('locale');
      return 'nn' as const;
    });
    const watched = { ...db, transaction: async (fn: (tx: unknown) => unknown) => (order.push('transaction'), fn(db)) } as unknown as Db;
    const result = await runAction(spec, async () => knownLocale() ?? null, { name: 'Kari', age: 3 }, { getUser: async () => admin, getDb: async () => watched, getLocale });
    expect(result).toMatchObject({ ok: true, data: 'nn' });
    expect(order).toEqual(['locale', 'transaction']);
    expect(getLocale).toHaveBeenCalledTimes(1);
    expect(knownLocale()).toBeUndefined();
  });

  it('is unknown inside when there is no request (scripts, tests)', async () => {
    const { knownLocale } = await import('./i18n/known-locale');
    expect(await runAction(spec, async () => knownLocale() ?? null, { name: 'Kari', age: 3 }, deps(admin))).toMatchObject({ ok: true, data: null });
  });
});
