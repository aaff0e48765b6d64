// The questionnaire catalogue: every published statement set by version and language. New
// rounds use CURRENT_QUESTIONNAIRE_VERSION in the round's language (round-language.ts); a
// stored round is always read with its own version and language.
import type { Questionnaire, QuestionnaireLanguage, Statement } from './types';
import { QUESTIONNAIRE_V1 } from './v1.nb';
import { V1_NN } from './v1.nn';
import { V1_EN } from './v1.en';
import { translatedQuestionnaire } from './translate';

export * from './types';
export * from './perspectives';
export { roundLanguage } from './round-language';

/** The bokmål reference of every published version. */
export const QUESTIONNAIRES: Readonly<Record<number, Questionnaire>> = { 1: QUESTIONNAIRE_V1 };

/** Every published version in every language it exists in. */
export const QUESTIONNAIRES_BY_LANGUAGE: Readonly<Record<number, Readonly<Record<QuestionnaireLanguage, Questionnaire>>>> = {
  1: { nb: QUESTIONNAIRE_V1, nn: translatedQuestionnaire(QUESTIONNAIRE_V1, 'nn', V1_NN), en: translatedQuestionnaire(QUESTIONNAIRE_V1, 'en', V1_EN) },
};

export const CURRENT_QUESTIONNAIRE_VERSION = 1;

/** The statement set of a version in a language (bokmål by default); throws for a version that was never published. */
export function questionnaire(version: number, language: QuestionnaireLanguage = 'nb'): Questionnaire {
  const q = QUESTIONNAIRES_BY_LANGUAGE[version]?.[language];
  if (!q) throw new RangeError(`Ukjent versjon av spørreskjemaet: ${version}.`);
  return q;
}

export function statementById(q: Questionnaire, id: string): Statement | undefined {
  return q.statements.find((s) => s.id === id);
}
