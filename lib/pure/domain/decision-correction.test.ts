import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATES } from './dossier';
import { correctionMessage, correctionScope, CORRECTION_MESSAGES } from './decision-correction';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

describe('correctionScope', () => {
  it('corrects the outcome only in the open round, while the members are deciding', () => {
    expect(correctionScope('medlemsvedtak', 2, 2)).toEqual({ allowed: true, outcome: true });
    expect(correctionScope('medlemsvedtak', 2, 1)).toEqual({ allowed: true, outcome: false });
  });

  it('corrects the reference of any decision while the cooperation lives, and nothing once it has ended', () => {
    for (const state of LIFECYCLE_STATES) {
      const ended = state === 'avviklet' || state === 'avbrutt';
      expect(correctionScope(state, null, 1), state).toEqual({ allowed: !ended, outcome: false });
    }
  });
});

describe('correction messages in the reader\'s language', () => {
  const words = (locale: 'nb' | 'nn' | 'en') => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'avvisning.aksjon' });

  it('the nb catalogue holds the bokmål messages word for word', () => {
    for (const key of Object.keys(CORRECTION_MESSAGES) as (keyof typeof CORRECTION_MESSAGES)[]) {
      expect(correctionMessage(key, words('nb'))).toBe(CORRECTION_MESSAGES[key]);
      expect(correctionMessage(key)).toBe(CORRECTION_MESSAGES[key]);
    }
  });

  it('words them in nynorsk and English', () => {
    expect(correctionMessage('outcomeLocked', words('nn'))).toMatch(/^Utfallet kan berre rettast medan vedtaksrunden er open\./);
    expect(correctionMessage('nothingChanged', words('en'))).toBe('Nothing has been changed. Correct at least one of the fields, or cancel.');
  });
});
