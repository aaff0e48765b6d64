// A refusal's shared message in the request's language: what authedAction and publicAction
// return after the action runner (lib/server/action.ts), with the request's language and
// translator stubbed. Bokmål stays byte for byte; an action's own message stays as it is.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { MESSAGES, TEMPORARY_PASSWORD_MESSAGE } from '@/lib/pure/refusals';
import { frozenMessage } from '@/lib/pure/domain/section-rules';

const request = vi.hoisted(() => ({ locale: 'nb' as string, outside: false }));

vi.mock('next-intl/server', () => ({
  getLocale: async () => {
    if (request.outside) throw new Error('not in a request');
    return request.locale;
  },
  getTranslations: async () => createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale] }),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('@/db/client', () => ({ getDb: async () => ({}) }));
vi.mock('./auth/session', () => ({ currentUser: async () => null }));
vi.mock('./clock', () => ({ requestNow: async () => new Date('2026-03-01T10:00:00Z') }));

const { inRequestLanguage } = await import('./authed-action');

describe('inRequestLanguage', () => {
  beforeEach(() => {
    request.locale = 'nb';
    request.outside = false;
  });

  it('words the shared refusals in nynorsk and English', async () => {
    request.locale = 'nn';
    expect(await inRequestLanguage({ ok: false, code: 'forbidden', message: MESSAGES.forbidden })).toEqual({ ok: false, code: 'forbidden', message: 'Du har ikkje tilgang til å gjere dette.' });
    expect(await inRequestLanguage({ ok: false, code: 'invalid', message: frozenMessage('avbrutt')! })).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Samarbeidet vart avbrote. Opplysningane står slik dei var, og kan ikkje endrast.',
    });
    request.locale = 'en';
    const fieldErrors = { name: ['Skriv et navn.'] };
    expect(await inRequestLanguage({ ok: false, code: 'invalid', message: MESSAGES.invalid, fieldErrors })).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Some fields must be corrected before you can save.',
      fieldErrors,
    });
    expect(await inRequestLanguage({ ok: false, code: 'forbidden', message: TEMPORARY_PASSWORD_MESSAGE })).toEqual({
      ok: false,
      code: 'forbidden',
      message: 'You must choose your own password before you can do this. Go to “Change password”.',
    });
  });

  it('leaves bokmål, successes, an action’s own message and anything outside a request alone', async () => {
    const refused = { ok: false, code: 'conflict', message: MESSAGES.conflict } as const;
    expect(await inRequestLanguage(refused)).toBe(refused);
    request.locale = 'en';
    const done = { ok: true, data: { id: 1 } } as const;
    expect(await inRequestLanguage(done)).toBe(done);
    const own = { ok: false, code: 'invalid', message: 'Samarbeidet venter ikke på en beslutning.' } as const;
    expect(await inRequestLanguage(own)).toBe(own);
    request.outside = true;
    expect(await inRequestLanguage(refused)).toBe(refused);
  });
});
