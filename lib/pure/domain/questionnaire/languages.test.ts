import { describe, expect, it } from 'vitest';
import { copiedRuns } from '@/testing/paraphrase';
import { LOCALES } from '@/lib/pure/i18n/locales';
import { EVALUATION_HELP_BY_LANGUAGE } from './help';
import { PERSPECTIVE_TEXTS, QUESTIONNAIRES, QUESTIONNAIRES_BY_LANGUAGE, questionnaire, roundLanguage, type Questionnaire } from './index';
import { translatedQuestionnaire } from './translate';
import { V1_NN } from './v1.nn';

const structure = (q: Questionnaire) => q.statements.map(({ id, group, criterion, factor, source }) => ({ id, group, criterion, factor, source }));
const allTexts = (q: Questionnaire) => [
  ...q.statements.flatMap((s) => [s.label, s.text]),
  ...Object.values(q.texts.groups).flatMap((g) => [g.label, g.intro]),
  ...Object.values(q.texts.scale),
  ...Object.values(q.texts.attainment),
  q.texts.dontKnow,
];

describe('a questionnaire version exists in nb, nn and en', () => {
  it('every published version has all three languages, each marked with its language and number', () => {
    for (const [version, byLanguage] of Object.entries(QUESTIONNAIRES_BY_LANGUAGE)) {
      expect(Object.keys(byLanguage).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) expect(byLanguage[locale]).toMatchObject({ version: Number(version), language: locale });
      expect(byLanguage.nb).toBe(QUESTIONNAIRES[Number(version)]);
    }
    expect(questionnaire(1)).toBe(questionnaire(1, 'nb'));
    expect(() => questionnaire(99, 'nn')).toThrow('Ukjent versjon av spørreskjemaet: 99.');
  });

  it('the three languages are structurally equal: same ids in the same order, same groups, criteria, factors and sources', () => {
    const nb = questionnaire(1, 'nb');
    for (const locale of ['nn', 'en'] as const) {
      const q = questionnaire(1, locale);
      expect(q.statements).toHaveLength(nb.statements.length);
      expect(structure(q)).toEqual(structure(nb));
      expect(Object.keys(q.texts.groups)).toEqual(Object.keys(nb.texts.groups));
      expect(Object.keys(q.texts.scale)).toEqual(Object.keys(nb.texts.scale));
    }
  });

  it('the texts are translated: no statement, label or heading is left as the bokmål one (except words that are the same)', () => {
    const nb = questionnaire(1, 'nb');
    for (const locale of ['nn', 'en'] as const) {
      const q = questionnaire(1, locale);
      q.statements.forEach((s, i) => expect(s.text, `${locale} ${s.id}`).not.toBe(nb.statements[i]!.text));
      for (const s of q.statements) {
        expect(s.label.trim().length, s.id).toBeGreaterThan(3);
        expect(s.text.trim().endsWith('.'), s.id).toBe(true);
      }
      expect(q.texts.dontKnow).not.toBe(nb.texts.dontKnow);
      expect(q.texts.scale[1]).not.toBe(nb.texts.scale[1]);
    }
    expect(questionnaire(1, 'en').statements.find((s) => s.id === 'apenhet')?.label).toBe('Openness to the public');
  });

  it('the nynorsk has none of the bokmål-only words', () => {
    const bokmaalOnly = /\b(ikke|hva|hvem|hvor|hvordan|noen|jeg|mye|fremdeles|hjem|blir behandlet|de folkevalgte|kommunene|ledelse|leder|lederen|uenig|enig)\b/i;
    const nn = questionnaire(1, 'nn');
    const texts = [...allTexts(nn), ...Object.values(PERSPECTIVE_TEXTS.nn).flatMap((r) => Object.values(r)), EVALUATION_HELP_BY_LANGUAGE.nn.why, ...EVALUATION_HELP_BY_LANGUAGE.nn.examples, ...EVALUATION_HELP_BY_LANGUAGE.nn.traps];
    for (const text of texts) expect(text, text).not.toMatch(bokmaalOnly);
  });

  it('the translations paraphrase the research too', () => {
    for (const locale of ['nn', 'en'] as const) expect(copiedRuns(questionnaire(1, locale).statements.map((s) => [s.id, s.text] as const))).toEqual([]);
  });

  it('refuses a translation that misses a statement or has one too many', () => {
    const { bevisst_utforming: _dropped, ...missing } = V1_NN.statements;
    expect(() => translatedQuestionnaire(questionnaire(1), 'nn', { ...V1_NN, statements: missing })).toThrow('mangler påstanden bevisst_utforming');
    expect(() => translatedQuestionnaire(questionnaire(1), 'nn', { ...V1_NN, statements: { ...V1_NN.statements, ny: { label: 'Ny', text: 'Ny.' } } })).toThrow('ny');
  });
});

describe('the language a round is opened in', () => {
  it('follows the member municipalities when they share a målform, otherwise the opener', () => {
    expect(roundLanguage(['nynorsk', 'nynorsk'], 'nb')).toBe('nn');
    expect(roundLanguage(['bokmal', 'bokmal'], 'nn')).toBe('nb');
    expect(roundLanguage(['bokmal', 'bokmal'], 'en')).toBe('nb');
    expect(roundLanguage(['bokmal', 'nynorsk'], 'nn')).toBe('nn');
    expect(roundLanguage(['bokmal', 'noytral'], 'en')).toBe('en');
    expect(roundLanguage([], 'nn')).toBe('nn');
    expect(roundLanguage(['nynorsk', 'noytral'], null)).toBe('nb');
  });
});
