// The legal-form catalogue's words: the bokmål catalogue holds exactly the texts of
// legal-forms-data (so pages that read legal-forms.ts and pages that read the catalogue agree),
// and the nynorsk and English catalogues name every form.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { compareForms, LEGAL_FORMS } from './legal-forms';
import { agreementIn, comparisonWords, legalFormGroups, legalFormNameIn, legalFormText, type LegalFormWords } from './legal-form-words';

function words(locale: 'nb' | 'nn' | 'en'): LegalFormWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'organisasjonsform' });
  return (key, values) => t(key, values);
}

describe('legal-form words', () => {
  it('are, in bokmål, the texts of the catalogue data, byte for byte', () => {
    for (const f of LEGAL_FORMS) {
      expect(legalFormText(f)).toEqual({ code: f.code, category: f.category, name: f.name, shortName: f.shortName, basis: f.basis, summary: f.summary, typicalUse: f.typicalUse, bodies: f.bodies.join('; ') });
    }
  });

  it('give, in bokmål, the governing documents and checklists of the data; in English the same items translated', () => {
    for (const f of LEGAL_FORMS) {
      expect(agreementIn(f)).toEqual({ agreementName: f.agreementName, agreementItems: f.agreementItems });
      const en = agreementIn(f, words('en'));
      expect(en.agreementItems.map(({ id, requirement, source }) => ({ id, requirement, source }))).toEqual(f.agreementItems.map(({ id, requirement, source }) => ({ id, requirement, source })));
      for (const [i, item] of en.agreementItems.entries()) expect(item.text).not.toBe(f.agreementItems[i]!.text);
    }
    const ko = LEGAL_FORMS.find((f) => f.code === 'ko')!;
    expect(agreementIn(ko, words('nn')).agreementItems.find((i) => i.id === 'laneopptak')!.text).toBe('Om oppgåvefellesskapet kan ta opp lån.');
    expect(agreementIn(ko, words('en')).agreementName).toBe('cooperation agreement');
  });

  it('give the bokmål comparison of legal-forms.ts when asked in bokmål', () => {
    const codes = LEGAL_FORMS.map((f) => f.code);
    expect(compareForms(codes, comparisonWords())).toEqual(compareForms(codes));
  });

  it('name the forms in nynorsk and English, and keep the code for an unknown one', () => {
    expect(legalFormNameIn('vertskommune_nemnd', words('nn'))).toBe('Vertskommunesamarbeid med felles folkevald nemnd');
    expect(legalFormNameIn('iks', words('en'))).toBe('Inter-municipal company');
    expect(legalFormNameIn('ko')).toBe('Kommunalt oppgavefellesskap');
    expect(legalFormNameIn('gammel_kode', words('en'))).toBe('gammel_kode');
    expect(legalFormNameIn(null, words('en'))).toBeNull();
  });

  it('translate every text of every form (no bokmål left in English)', () => {
    for (const f of LEGAL_FORMS) {
      const en = legalFormText(f, words('en'));
      expect(en.summary).not.toBe(f.summary);
      expect(en.typicalUse).not.toBe(f.typicalUse);
      expect(en.basis).not.toBe(f.basis);
    }
  });

  it('compare the forms in English', () => {
    const rows = compareForms(['ipr', 'vertskommune_administrativ'], comparisonWords(words('en')));
    expect(rows.map((r) => r.label)).toEqual(['Cooperation form', 'Separate legal entity', 'Can make individual decisions', 'Bodies', 'Others than municipalities can take part', 'Typical use']);
    expect(rows.find((r) => r.key === 'legalEntity')!.cells.map((c) => c.text)).toEqual(['Can be', 'No']);
    expect(rows.find((r) => r.key === 'enkeltvedtak')!.cells.map((c) => c.text)).toEqual(['No', 'Yes']);
  });

  it('group the choice by category in nynorsk, with a stored legacy form last', () => {
    const groups = legalFormGroups('legacy_regionrad', words('nn'));
    expect(groups.map((g) => g.label)).toEqual(['Samarbeidsformer etter kommunelova § 17-1', 'Selskap og andre eigne rettssubjekt', 'Avtalebasert samarbeid', 'Mindre formelle samarbeid', 'Registrert etter eldre lov']);
    expect(groups.at(-1)!.codes).toEqual(['legacy_regionrad']);
    expect(legalFormGroups(null).map((g) => g.category)).not.toContain('eldre_lov');
  });
});
