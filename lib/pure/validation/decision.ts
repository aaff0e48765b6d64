// The decision after an evaluation (not a member's vedtak, see decisions.ts): a summary for
// the report, a recommendation with its reasons, and the decision itself, which may differ
// from the recommendation. One schema for the form (react-hook-form) and the server action;
// field error paths equal the form's field names, and every error is reported at once.
import { z } from '@/lib/pure/validation/zod';
import { DECISIONS, type Decision } from '@/lib/pure/domain/evaluation-decision';
import { cooperationIdField, optionalText, requiredText } from './phases/common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
export { emptyDecisionForm } from './decision-values';

export const SUMMARY_MAX = 4000;
export const RECOMMENDATION_NOTE_MAX = 2000;
export const DECISION_NOTE_MAX = 500;

export const SUMMARY_PUBLIC_OPTIONS = ['ja', 'nei'] as const;

export const DECISION_MESSAGES = {
  summary: msg('decisionSummary'),
  summaryPublic: msg('decisionSummaryPublic'),
  recommendation: msg('decisionRecommendation'),
  recommendationNote: msg('decisionRecommendationNote'),
  decision: msg('decisionChoice'),
  confirmAvvikle: msg('decisionConfirmAvvikle'),
} as const;

/** A radio group: '' or null until something is chosen, then one of the values. */
function chosen<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.union([z.enum(values), z.literal(''), z.null()], { error: message }).transform((v, ctx): T[number] => {
    if (v === '' || v === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return v;
  });
}

const fields = {
  cooperationId: cooperationIdField(),
  /** The cooperation's row version the page showed; a different one is a conflict. */
  expectedVersion: z.int({ error: FORM_UNREADABLE }).min(0, FORM_UNREADABLE),
  summary: requiredText(DECISION_MESSAGES.summary, SUMMARY_MAX),
  summaryPublic: chosen(SUMMARY_PUBLIC_OPTIONS, DECISION_MESSAGES.summaryPublic),
  recommendation: chosen(DECISIONS, DECISION_MESSAGES.recommendation),
  recommendationNote: requiredText(DECISION_MESSAGES.recommendationNote, RECOMMENDATION_NOTE_MAX),
  decision: chosen(DECISIONS, DECISION_MESSAGES.decision),
  decisionNote: optionalText(DECISION_NOTE_MAX),
  confirmAvvikle: z.boolean({ error: FORM_UNREADABLE }).optional().default(false),
};

const confirmation = z.object({ decision: fields.decision, confirmAvvikle: fields.confirmAvvikle });

export const decisionSchema = z.object(fields, FORM_UNREADABLE).refine((v) => v.decision !== 'avvikle' || v.confirmAvvikle, {
  path: ['confirmAvvikle'],
  error: DECISION_MESSAGES.confirmAvvikle,
  // Checked even when other fields are wrong, so the form shows every error at once.
  when: (payload) => confirmation.safeParse(payload.value).success,
});

export type DecisionFormInput = z.input<typeof decisionSchema>;
export type DecisionValues = z.output<typeof decisionSchema>;

/** What each choice leads to, shown next to the radio buttons. */
export const DECISION_CONSEQUENCES: Record<Decision, string> = {
  opprettholde: 'Samarbeidet går tilbake til drift, og neste evaluering planlegges.',
  redesign: 'Samarbeidet går tilbake til fasene som skal endres. Endringene sendes deretter til nye vedtak i deltakerne.',
  avvikle: 'Samarbeidet går over i avvikling. Når sjekklisten for avvikling er fullført, markeres det som avviklet.',
};
