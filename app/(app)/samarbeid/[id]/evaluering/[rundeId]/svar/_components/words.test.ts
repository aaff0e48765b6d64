import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { LOCALES } from '@/lib/pure/i18n/locales';
import { PERSPECTIVE_TEXTS, questionnaire } from '@/lib/pure/domain/questionnaire';
import { ANSWER_WORD_KEYS } from './words';

const intro = (locale: (typeof LOCALES)[number], roundLanguage: (typeof LOCALES)[number]) => {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'svarside' });
  const q = questionnaire(1, roundLanguage);
  const text = t.rich('intro', {
    perspective: PERSPECTIVE_TEXTS[locale].invitation.operativ_leder.toLocaleLowerCase(locale),
    lowest: q.texts.scale[1].toLocaleLowerCase(q.language),
    highest: q.texts.scale[5].toLocaleLowerCase(q.language),
    dontKnow: q.texts.dontKnow,
    q: (chunks) => `[${(chunks as string[]).join('')}]`,
  });
  return (Array.isArray(text) ? text : [text]).join('');
};

describe('the answer page words', () => {
  it('every client word exists in every language', () => {
    for (const locale of LOCALES) for (const key of ANSWER_WORD_KEYS) expect(typeof CATALOGUES[locale].svarside[key], `${locale}.${key}`).toBe('string');
  });

  it('the bokmål introduction reads as before; the scale words come from the round, marked apart', () => {
    expect(intro('nb', 'nb')).toBe(
      'Du svarer som operativ leder. Ta stilling til hver påstand på en skala fra 1 ([helt uenig]) til 5 ([helt enig]), eller velg «[Vet ikke]». Svarene dine er bare synlige for deg til runden er lukket; da vises de samlet per rolle, uten navn.',
    );
    expect(intro('nn', 'nn')).toContain('Du svarar som operativ leiar. Ta stilling til kvar påstand på ein skala frå 1 ([heilt ueinig]) til 5 ([heilt einig]), eller vel «[Veit ikkje]».');
    // An English reader in a nynorsk round: English words, the round's scale.
    expect(intro('en', 'nn')).toContain('You are answering as operational leader. Respond to each statement on a scale from 1 ([heilt ueinig]) to 5 ([heilt einig]), or choose «[Veit ikkje]».');
  });
});
