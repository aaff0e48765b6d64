// The evaluation actions' own refusals in the request's language; bokmål unchanged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

const request = vi.hoisted(() => ({ locale: 'nb' as string }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: 'evaluering.avvisning') => createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale], namespace }),
}));

const { evaluationRefusal, inEvaluationLanguage, roundPageRefusal } = await import('./refusals');
const { TEMPORARY_PASSWORD_MESSAGE } = await import('@/lib/pure/refusals');
const { EVALUATION_MESSAGES } = await import('@/lib/server/actions/evaluation');
const { INVITEE_MESSAGES } = await import('@/lib/server/actions/evaluation-invitees');

describe('evaluation refusals', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('keeps bokmål word for word, and leaves other messages alone', async () => {
    for (const text of Object.values(EVALUATION_MESSAGES)) expect(await evaluationRefusal(text)).toBe(text);
    expect(await evaluationRefusal(INVITEE_MESSAGES.notCandidate)).toBe(INVITEE_MESSAGES.notCandidate);
    expect(await evaluationRefusal('Noe annet.')).toBeNull();
  });

  it('words them in nynorsk and English', async () => {
    request.locale = 'nn';
    expect(await evaluationRefusal(EVALUATION_MESSAGES.resultsHidden)).toBe('Svara blir haldne skjulte til evalueringsrunden er lukka.');
    request.locale = 'en';
    const action = inEvaluationLanguage(async () => ({ ok: false as const, code: 'invalid' as const, message: EVALUATION_MESSAGES.alreadyClosed }));
    expect(await action({})).toMatchObject({ ok: false, message: 'The evaluation round is already closed.' });
  });

  it('words the refusal of a round page, its own or a shared one, and leaves an unknown one to be marked bokmål', async () => {
    expect(await roundPageRefusal(TEMPORARY_PASSWORD_MESSAGE)).toBe(TEMPORARY_PASSWORD_MESSAGE);
    request.locale = 'nn';
    expect(await roundPageRefusal(EVALUATION_MESSAGES.noRound)).toBe(await evaluationRefusal(EVALUATION_MESSAGES.noRound));
    request.locale = 'en';
    expect(await roundPageRefusal(TEMPORARY_PASSWORD_MESSAGE)).toBe(CATALOGUES.en.avvising.temporaryPassword);
    expect(await roundPageRefusal('Noe annet.')).toBeNull();
  });
});
