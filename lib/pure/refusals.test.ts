import { describe, expect, it } from 'vitest';
import { refusedStep } from '@/lib/server/action-core';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { actionCodeOfStep, MESSAGES, notReady, STEP_MESSAGES, stepRefusal, TEMPORARY_PASSWORD_MESSAGE, translatedRefusal, type RefusalTranslator, type StepRefusalCode } from './refusals';

const STEP_CODES = Object.keys(STEP_MESSAGES) as StepRefusalCode[];

describe('the refusal vocabulary', () => {
  it('has a Norwegian sentence for every code', () => {
    for (const message of [...Object.values(MESSAGES), ...Object.values(STEP_MESSAGES)]) expect(message).toMatch(/^[A-ZÆØÅ].*\.$/);
  });

  it('tells a form "invalid" for a step the state or the dossier does not allow, and keeps the other codes', () => {
    expect(STEP_CODES.map((c) => [c, actionCodeOfStep(c)])).toEqual([
      ['not_found', 'not_found'],
      ['forbidden', 'forbidden'],
      ['not_allowed_in_state', 'invalid'],
      ['not_ready', 'invalid'],
      ['conflict', 'conflict'],
    ]);
  });
});

describe('refusedStep', () => {
  it('carries the runner’s message, and what is missing as the form’s field errors', () => {
    expect(refusedStep(stepRefusal('conflict')).toResult()).toEqual({ ok: false, code: 'conflict', message: STEP_MESSAGES.conflict });
    expect(refusedStep(notReady(['Mangler vedtak fra Arendal kommune'])).toResult()).toEqual({
      ok: false,
      code: 'invalid',
      message: STEP_MESSAGES.not_ready,
      fieldErrors: { missing: ['Mangler vedtak fra Arendal kommune'] },
    });
  });

  it('words a refusal for the action’s own step when asked to', () => {
    const result = refusedStep(stepRefusal('not_allowed_in_state'), { not_allowed_in_state: 'Samarbeidet venter ikke på en beslutning.' }).toResult();
    expect(result).toEqual({ ok: false, code: 'invalid', message: 'Samarbeidet venter ikke på en beslutning.' });
  });
});

describe('translatedRefusal', () => {
  const translator = (locale: 'nb' | 'nn' | 'en') => createTranslator({ locale, messages: CATALOGUES[locale] }) as unknown as RefusalTranslator;

  it('words the shared refusals in nynorsk and English', () => {
    expect(translatedRefusal(MESSAGES.forbidden, translator('nn'))).toBe('Du har ikkje tilgang til å gjere dette.');
    expect(translatedRefusal(MESSAGES.conflict, translator('en'))).toBe('Someone else changed this at the same time. Reload the page and try again.');
    expect(translatedRefusal(STEP_MESSAGES.not_ready, translator('nn'))).toBe('Samarbeidet er ikkje klart for dette steget enno.');
    expect(translatedRefusal(TEMPORARY_PASSWORD_MESSAGE, translator('en'))).toBe('You must choose your own password before you can do this. Go to “Change password”.');
  });

  it('keeps the reference of an unexpected error', () => {
    expect(translatedRefusal(`${MESSAGES.error} (Referanse: 1a2b3c4d)`, translator('en'))).toBe('Something went wrong on our side. Please try again shortly. (Reference: 1a2b3c4d)');
  });

  it('gives the bokmål catalogue’s own words back in bokmål, byte for byte', () => {
    for (const message of [...Object.values(MESSAGES), ...Object.values(STEP_MESSAGES), TEMPORARY_PASSWORD_MESSAGE, `${MESSAGES.error} (Referanse: x1)`]) {
      expect(translatedRefusal(message, translator('nb'))).toBe(message);
    }
  });

  it('leaves an action’s own message alone, unless it is given with its key', () => {
    expect(translatedRefusal('Samarbeidet venter ikke på en beslutning.', translator('en'))).toBeNull();
    const frozen = new Map([['Samarbeidet er avviklet. Opplysningene står slik de var, og kan ikke endres.', 'fase.frozenAvviklet' as const]]);
    expect(translatedRefusal('Samarbeidet er avviklet. Opplysningene står slik de var, og kan ikke endres.', translator('nn'), frozen)).toBe(
      'Samarbeidet er avvikla. Opplysningane står slik dei var, og kan ikkje endrast.',
    );
  });
});
