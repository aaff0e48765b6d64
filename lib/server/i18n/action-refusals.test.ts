// The server actions' own refusals (avvisning.aksjon) in the request's language; bokmål unchanged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

const request = vi.hoisted(() => ({ locale: 'nb' as string | null }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace?: string) => {
    if (request.locale === null) throw new Error('outside a request');
    return createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale], namespace: namespace as 'avvisning.aksjon' });
  },
}));

const { actionRefusalText, inActionRefusalWords, lockedWords } = await import('./action-refusals');
const { actionWords: refusalWords } = await import('@/lib/server/action-words');
const { SECTION_IDS, SECTIONS } = await import('@/lib/pure/domain/section-rules');
const { lockedMessage } = await import('@/lib/pure/domain/section-locked');
const { inRequestLanguage } = await import('@/lib/server/authed-action');
const { LANGUAGE_MESSAGES } = await import('@/lib/server/actions/language');
const { NOT_A_MEMBER_MESSAGE } = await import('@/lib/server/actions/phases/design');
const { PASSWORD_MESSAGES_DONE } = await import('@/lib/server/actions/password');
const { MESSAGES } = await import('@/lib/pure/refusals');
const { EXIT_MESSAGES } = await import('@/lib/server/actions/exit-checklist');
const { LINK_MESSAGES } = await import('@/lib/server/actions/person-links');
const { CLOSED_MESSAGE } = await import('@/lib/server/actions/follow-up');
const { CONFLICT_MESSAGE } = await import('@/lib/server/actions/section-save');
const { NO_OPEN_ROUND_MESSAGE } = await import('@/lib/server/actions/decisions');
const { LEGACY_FORM_MESSAGE } = await import('@/lib/server/actions/phases/design');
const { CORRECTION_MESSAGES } = await import('@/lib/pure/domain/decision-correction');

describe('server actions\' own refusals', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('the catalogue holds the actions\' bokmål texts word for word (a changed text would stay untranslated)', async () => {
    const texts = [
      ...Object.values(LANGUAGE_MESSAGES),
      ...Object.values(EXIT_MESSAGES),
      ...Object.values(LINK_MESSAGES),
      ...Object.values(CORRECTION_MESSAGES),
      CLOSED_MESSAGE,
      CONFLICT_MESSAGE,
      NO_OPEN_ROUND_MESSAGE,
      LEGACY_FORM_MESSAGE,
      NOT_A_MEMBER_MESSAGE,
      PASSWORD_MESSAGES_DONE.badLink,
      PASSWORD_MESSAGES_DONE.resetRequested,
    ];
    for (const text of texts) expect(await actionRefusalText(text)).toBe(text);
    // existing-cooperation.ts builds this one from its duplicate message.
    expect(await actionRefusalText('Samarbeidet er allerede registrert. Noen registrerte det samtidig. Last siden på nytt.')).not.toBeNull();
  });

  it('keeps bokmål word for word, and leaves other messages alone', async () => {
    expect(await actionRefusalText(PASSWORD_MESSAGES_DONE.badLink)).toBe(PASSWORD_MESSAGES_DONE.badLink);
    expect(await actionRefusalText(PASSWORD_MESSAGES_DONE.resetRequested)).toBe(PASSWORD_MESSAGES_DONE.resetRequested);
    expect(await actionRefusalText('Noe annet.')).toBeNull();
    const refusal = { ok: false as const, code: 'conflict' as const, message: LANGUAGE_MESSAGES.languageConflict };
    expect(await inRequestLanguage(refusal)).toEqual(refusal);
  });

  it('words the message and the field messages in nynorsk and English', async () => {
    request.locale = 'nn';
    expect(await inRequestLanguage({ ok: false, code: 'conflict', message: LANGUAGE_MESSAGES.maalformConflict })).toMatchObject({
      message: 'Nokon andre endra målforma til kommunen medan du valde. Last sida på nytt og sjå kva som gjeld no.',
    });
    request.locale = 'en';
    const result = await inRequestLanguage({ ok: false, code: 'invalid', message: MESSAGES.invalid, fieldErrors: { 'members.0.id': [NOT_A_MEMBER_MESSAGE], name: ['Egen tekst.'] } });
    expect(result).toMatchObject({
      message: CATALOGUES.en.avvising.invalid,
      fieldErrors: { 'members.0.id': ['The member is not part of this cooperation. Reload the page.'], name: ['Egen tekst.'] },
    });
    expect(await inActionRefusalWords({ ok: false, code: 'not_found', message: PASSWORD_MESSAGES_DONE.badLink })).toMatchObject({
      message: 'The link has been used, has expired or is not valid. Ask for a new link.',
    });
  });

  it('words a refusal made in place, and falls back to bokmål outside a request', async () => {
    request.locale = 'nn';
    const t = await refusalWords('avvisning.passord');
    expect(t('tooManyAttempts', { wait: t('waitMinutes', { count: 2 }) })).toBe('For mange feil forsøk. Vent 2 minutt før du prøver igjen.');
    request.locale = null;
    const nb = await refusalWords('avvisning.passord');
    expect(nb('tooManyAttempts', { wait: nb('waitSeconds', { count: 30 }) })).toBe('For mange feil forsøk. Vent 30 sekunder før du prøver igjen.');
  });

  it('words the refusal for sections that need member decisions; bokmål as lockedMessage gives it', async () => {
    const words = await lockedWords();
    for (const id of SECTION_IDS) expect(words.title(id)).toBe(SECTIONS[id].title);
    const bokmaal = lockedMessage('drift', ['design.organisasjonsform', 'innramming.maal'], ['innramming.maal']);
    expect(lockedMessage('drift', ['design.organisasjonsform', 'innramming.maal'], ['innramming.maal'], words)).toBe(bokmaal);
    request.locale = 'en';
    expect(lockedMessage('drift', ['design.organer'], [], await lockedWords())).toBe(
      `This requires decisions by the members and cannot be changed directly now: ${CATALOGUES.en.design.organer.title}. ${CATALOGUES.en.fase.klient.proposalEndringsforslag}`,
    );
    request.locale = 'nn';
    expect(lockedMessage('evaluering', ['samarbeid.deltakere'], [], await lockedWords())).toMatch(/^Dette krev vedtak i deltakarane og kan ikkje endrast direkte no: Deltakarar som går inn eller ut\. /);
  });
});
