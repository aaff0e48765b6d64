// The evaluation decision form's empty values, without zod: the form in the browser starts from them.
import type { DecisionFormInput } from './decision';

/** An empty form for the page's cooperation and version. */
export function emptyDecisionForm(cooperationId: string, expectedVersion: number): DecisionFormInput {
  return {
    cooperationId,
    expectedVersion,
    summary: '',
    summaryPublic: '',
    recommendation: '',
    recommendationNote: '',
    decision: '',
    decisionNote: '',
    confirmAvvikle: false,
  };
}
