import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import type { SessionUser } from '@/lib/auth/roles';
import { runAction, type ActionContext } from '@/lib/action';
import { SYSTEM } from '@/lib/auth/can';
import { regenerateFeedSchema } from './calendar';

const spec = { schema: regenerateFeedSchema, action: 'profile.manage' as const, resource: () => SYSTEM };
const runOwnAction = <T>(_schema: unknown, fn: (input: { confirmed: true }, ctx: ActionContext) => Promise<T>, input: unknown, d: ReturnType<typeof deps>) =>
  runAction(spec, fn, input, d);

const user: SessionUser = { id: 'u1', email: 'u@x.no', name: 'Uten Roller', roles: [] };
// A stand-in database: the wrapper's transaction runs the callback, its audit row is dropped.
const db = {
  transaction: async (fn: (tx: unknown) => unknown) => fn(db),
  insert: () => ({ values: async () => undefined }),
} as unknown as Db;
const deps = (who: SessionUser | null) => ({ getUser: async () => who, getDb: async () => db });

describe('profile.manage through runAction (a user acting on their own account)', () => {
  it('refuses a signed-out caller without running anything', async () => {
    const fn = vi.fn();
    expect(await runOwnAction(regenerateFeedSchema, fn, { confirmed: true }, deps(null))).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('needs the confirmation, and says so in Norwegian', async () => {
    const fn = vi.fn();
    const result = await runOwnAction(regenerateFeedSchema, fn, { confirmed: false }, deps(user));
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { confirmed: ['Bekreft at den gamle kalenderadressen skal slutte å virke.'] } });
    expect(fn).not.toHaveBeenCalled();
  });

  it('runs for any signed-in user, roles or not, with that user in the context', async () => {
    const fn = vi.fn(async (_input: unknown, ctx: { user: SessionUser }) => ctx.user.id);
    expect(await runOwnAction(regenerateFeedSchema, fn, { confirmed: true }, deps(user))).toEqual({ ok: true, data: 'u1' });
  });

  it('hides unexpected errors behind a reference', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await runOwnAction(regenerateFeedSchema, async () => Promise.reject(new Error('hemmelig detalj')), { confirmed: true }, deps(user));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Noe gikk galt hos oss\. Prøv igjen om litt\. \(Referanse: [0-9a-f]{8}\)$/);
    expect(JSON.stringify(result)).not.toContain('hemmelig');
    errors.mockRestore();
  });
});
