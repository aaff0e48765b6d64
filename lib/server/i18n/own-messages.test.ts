import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { BODY_MESSAGES } from '@/lib/server/actions/bodies';
import { inOwnWords } from './own-messages';

const nb = CATALOGUES.nb.moter.feil;
const inLocale = (locale: 'nb' | 'nn' | 'en') => async () => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'moter.feil' });

describe('inOwnWords', () => {
  it("the meetings page's own refusals in the catalogue are the bokmål BODY_MESSAGES, word for word", () => {
    const { sentInFuture: _shared, ...own } = BODY_MESSAGES;
    for (const [key, text] of Object.entries(own)) expect(nb[key as keyof typeof nb]).toBe(text);
  });
  it("answers a known refusal in the request's language, and leaves the rest", async () => {
    const refusal = { ok: false as const, code: 'invalid' as const, message: BODY_MESSAGES.noMeeting };
    expect((await inOwnWords(refusal, nb, inLocale('nb'))).message).toBe(BODY_MESSAGES.noMeeting);
    expect((await inOwnWords(refusal, nb, inLocale('nn'))).message).toBe('Fann ikkje møtet. Det kan vere sletta.');
    expect((await inOwnWords(refusal, nb, inLocale('en'))).message).toBe('The meeting was not found. It may have been deleted.');
    const other = { ok: false as const, code: 'invalid' as const, message: 'Noe annet.' };
    expect(await inOwnWords(other, nb, inLocale('en'))).toEqual(other);
    expect(await inOwnWords({ ok: true as const, data: 1 }, nb, inLocale('en'))).toEqual({ ok: true, data: 1 });
  });
});

describe('inOwnWords at the fields', () => {
  it("translates the page's own messages at the fields and keeps the others", async () => {
    const refusal = { ok: false as const, code: 'invalid' as const, message: 'Noen av feltene må rettes.', fieldErrors: { bodyId: [BODY_MESSAGES.noBody], other: ['Annet.'] } };
    expect(await inOwnWords(refusal, nb, inLocale('nb'))).toEqual(refusal);
    expect(await inOwnWords(refusal, nb, inLocale('en'))).toEqual({ ...refusal, fieldErrors: { bodyId: ['Choose one of the bodies from the design phase.'], other: ['Annet.'] } });
    const nynorsk = await inOwnWords(refusal, nb, inLocale('nn'));
    expect(nynorsk.ok ? null : nynorsk.fieldErrors?.bodyId).toEqual(['Vel eitt av organa frå design-fasen.']);
  });
});

describe("the members page's own refusals", () => {
  it('are in the catalogue in bokmål word for word as the membership actions throw them', async () => {
    const { readFileSync } = await import('node:fs');
    const { MEMBERSHIP_CLOSED_MESSAGE } = await import('@/lib/pure/domain/membership');
    const source = readFileSync('lib/server/actions/membership.ts', 'utf8');
    const { closed, ...thrown } = CATALOGUES.nb.deltakere.feil;
    expect(closed).toBe(MEMBERSHIP_CLOSED_MESSAGE);
    for (const text of Object.values(thrown)) expect(source).toContain(`'${text}'`);
  });
});
