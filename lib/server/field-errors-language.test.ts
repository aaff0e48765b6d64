// Validation messages reach the user in the request's language: fieldErrorsOf words zod's
// message references with the catalogue of next-intl's locale, and so does an action's refusal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { z } from '@/lib/pure/validation/zod';
import { DATE_IN_FUTURE, textTooLong } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

const hooks = vi.hoisted(() => ({ locale: 'nn' as string | null }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => {
    if (hooks.locale === null) throw new Error('not in a request');
    return hooks.locale;
  },
}));

const { fieldErrorsOf } = await import('./action-core');
const { ActionError, runAction } = await import('./action');

const schema = z.object({ name: z.string().trim().min(1, msg('goalStatement')).max(5, textTooLong(5)), count: z.number().min(2) });
const errorOf = (input: unknown) => schema.safeParse(input).error!;

afterEach(() => {
  hooks.locale = 'nn';
});

describe('fieldErrorsOf', () => {
  it('words the messages in nynorsk for a nynorsk request', async () => {
    expect(await fieldErrorsOf(errorOf({ name: 'for lang', count: 1 }))).toEqual({
      name: ['Teksten kan vere høgst 5 teikn.'],
      count: ['Verdien må vere minst 2.'],
    });
  });

  it('in English for an English one, and leaves plain text alone', async () => {
    hooks.locale = 'en';
    const plain = z.object({ x: z.string('Skriv noe.') }).safeParse({}).error!;
    expect(await fieldErrorsOf(errorOf({ name: ' ', count: 3 }))).toEqual({ name: ['Describe the goal.'] });
    expect(await fieldErrorsOf(plain)).toEqual({ x: ['Skriv noe.'] });
  });

  it('in bokmål outside a request', async () => {
    hooks.locale = null;
    expect(await fieldErrorsOf(errorOf({ name: 'for lang', count: 3 }))).toEqual({ name: ['Teksten kan være høyst 5 tegn.'] });
  });
});

describe("an action's refusal", () => {
  const admin: SessionUser = { id: 'a', email: 'a@x.no', name: 'A', roles: [{ role: 'administrator', kommunenummer: null, cooperationId: null }] };
  const db = { transaction: async (fn: (tx: unknown) => unknown) => fn(db), insert: () => ({ values: async () => undefined }) } as unknown as Db;
  const spec = { schema, action: 'user.create' as const, resource: () => ({ kind: 'system' as const }) };
  const deps = { getUser: async () => admin, getDb: async () => db };

  it('words field errors from validation and from an ActionError in nynorsk', async () => {
    expect(await runAction(spec, vi.fn(), { name: 'for lang', count: 2 }, deps)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: ['Teksten kan vere høgst 5 teikn.'] } });
    const refused = await runAction(spec, async () => {
      throw new ActionError('invalid', 'Noen av feltene må rettes.', { heldDate: [DATE_IN_FUTURE] });
    }, { name: 'Kari', count: 2 }, deps);
    expect(refused).toEqual({ ok: false, code: 'invalid', message: 'Noen av feltene må rettes.', fieldErrors: { heldDate: ['Datoen kan ikkje vere fram i tid.'] } });
  });
});
