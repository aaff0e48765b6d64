// An action's own messages outside a request (scripts, tests): bokmål from the catalogue; in a
// request, the request's language (here a stand-in for next-intl's request translator).
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

const request = vi.hoisted(() => ({ locale: null as null | 'nn' | 'en' }));
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => {
    if (!request.locale) throw new Error('`getTranslations` is not supported in Client Components.');
    return createTranslator({ locale: request.locale, messages: CATALOGUES[request.locale], namespace: namespace as never });
  },
}));

const { actionWords } = await import('./action-words');

describe('actionWords', () => {
  it('gives bokmål outside a request', async () => {
    request.locale = null;
    expect((await actionWords('brukere'))('notFound')).toBe('Fant ikke brukeren.');
    expect((await actionWords('admin.valg'))('alreadyRecorded')).toBe('Dette valget er allerede registrert.');
  });

  it("gives the request's language in a request", async () => {
    request.locale = 'nn';
    expect((await actionWords('brukere.kommune'))('sent', { email: 'a@b.no' })).toBe('Invitasjonen er send til a@b.no. Lenkja verkar i sju dagar.');
    request.locale = 'en';
    expect((await actionWords('profil.passord'))('wrongCurrent')).toBe('Your current password is wrong.');
  });
});
