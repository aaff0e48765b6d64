// The questionnaire catalogue: every published statement set by version. New rounds use
// CURRENT_QUESTIONNAIRE_VERSION; a stored round is always read with its own version.
import type { Questionnaire, Statement } from './types';
import { QUESTIONNAIRE_V1 } from './v1';

export * from './types';
export * from './perspectives';

export const QUESTIONNAIRES: Readonly<Record<number, Questionnaire>> = { 1: QUESTIONNAIRE_V1 };

export const CURRENT_QUESTIONNAIRE_VERSION = 1;

/** The statement set of a version; throws for a version that was never published. */
export function questionnaire(version: number): Questionnaire {
  const q = QUESTIONNAIRES[version];
  if (!q) throw new RangeError(`Ukjent versjon av spørreskjemaet: ${version}.`);
  return q;
}

export function statementById(q: Questionnaire, id: string): Statement | undefined {
  return q.statements.find((s) => s.id === id);
}
