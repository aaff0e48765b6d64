// «Hjelp meg å velge» in nb, nn and en: the bokmål catalogue equals the table's own texts, and
// the other languages rank, explain and draft in their own words (and read their drafts back).
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { adviseLegalForm, answersFromRationale, BOKMAAL_ADVICE_WORDS, rationaleDraft, withDraft, type Answers } from './legal-form-advice';
import { adviceWords } from './legal-form-advice-words';

function words(locale: 'nb' | 'nn' | 'en') {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'formraad' });
  const f = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'organisasjonsform' });
  return adviceWords((key, values) => t(key, values), (key, values) => f(key, values));
}

const HOST: Answers = { formal: 'tjenester', myndighet: 'ja', rettssubjekt: 'nei', risiko: 'nei', marked: 'nei', andre: 'nei' };

describe('advice words', () => {
  it('are, in bokmål, the texts of the table and the catalogue', () => {
    expect(adviceWords()).toEqual(BOKMAAL_ADVICE_WORDS);
    expect(words('nb')).toEqual(BOKMAAL_ADVICE_WORDS);
  });

  it('rank and explain in English and nynorsk', () => {
    const en = adviseLegalForm(HOST, words('en'));
    expect(en.recommended[0]!.name).toBe('Administrative host municipality cooperation');
    expect(en.recommended[0]!.reasons[0]!.text).toMatch(/^The host municipality model gives a general power to delegate/);
    expect(en.excluded.find((x) => x.code === 'ipr')!.reasons.map((r) => r.text)).toContain('An inter-municipal political council cannot make individual decisions.');
    const nn = adviseLegalForm(HOST, words('nn'));
    expect(nn.recommended[0]!.name).toBe('Administrativt vertskommunesamarbeid');
    expect(nn.excluded.find((x) => x.code === 'ipr')!.reasons.map((r) => r.text)).toContain('Eit interkommunalt politisk råd kan ikkje gjere enkeltvedtak.');
    // The same ranking in every language.
    expect(en.recommended.map((r) => r.code)).toEqual(adviseLegalForm(HOST).recommended.map((r) => r.code));
  });

  it('draft in the language and read the answers back from that draft', () => {
    for (const locale of ['nn', 'en'] as const) {
      const w = words(locale);
      const draft = rationaleDraft(HOST, 'vertskommune_administrativ', w);
      expect(draft.split('\n')[0]).toBe(w.draft.heading);
      expect(answersFromRationale(draft, w)).toEqual(HOST);
      // An earlier draft gives way to the new one; what the user wrote stays.
      const again = withDraft(withDraft('Eigen tekst.', draft, w), rationaleDraft({ formal: 'politisk' }, null, w), w);
      expect(again.startsWith('Eigen tekst.\n\n')).toBe(true);
      expect(again.split(w.draft.heading)).toHaveLength(2);
    }
    const en = rationaleDraft(HOST, 'vertskommune_administrativ', words('en'));
    expect(en).toContain('– What the cooperation is to be: service delivery');
    expect(en).toContain('Chosen form: Administrative host municipality cooperation.');
    expect(en).toMatch(/\(Source: Veileder om interkommunalt samarbeid \(KDD 2023\) kap\. 5\.1; kommuneloven kapittel 20\.\)/);
    expect(rationaleDraft(HOST, 'iks', words('nn'))).toContain('Vald form: Interkommunalt selskap. Forma er ikkje mellom dei svara peikar på; grunngi valet her.');
  });
});
