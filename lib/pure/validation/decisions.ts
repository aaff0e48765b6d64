// Recording one member's decision (vedtak) in the open round of member decisions.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalText, optionalUrl, requiredText } from './phases/common';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@/lib/pure/domain/dossier';
import { formatDateNb, isIsoDate, osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { DATE_IMPLAUSIBLE, DATE_IN_FUTURE, FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
export { DECISION_BODY_SUGGESTIONS } from './decisions-options';

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  tilslutning: 'Tilslutning',
  avslag: 'Avslag',
  utsatt: 'Utsatt',
};

/** The fields of a decision as registered, shared by recording and correcting it. */
const decisionFields = {
  body: requiredText(msg('decisionBody'), 120),
  date: z
    .string(msg('decisionDate'))
    .trim()
    .min(1, { error: msg('decisionDate'), abort: true })
    .refine(isIsoDate, { error: msg('dateValid'), abort: true })
    .refine((d) => d >= '1950-01-01', { error: DATE_IMPLAUSIBLE, abort: true })
    // Norway's day: a decision taken this evening (after midnight UTC) is not in the future.
    .refine((d) => d <= osloDateOf(new Date()), DATE_IN_FUTURE),
  saksnummer: optionalText(60),
  outcome: z.enum(DECISION_OUTCOMES, msg('caseOutcome')),
  url: optionalUrl(),
};

export const recordDecisionSchema = z.object({
  cooperationId: cooperationIdField(),
  memberId: z.uuid(msg('decisionMember')),
  ...decisionFields,
}, FORM_UNREADABLE);

export type RecordDecisionInput = z.input<typeof recordDecisionSchema>;
export type RecordDecisionValues = z.output<typeof recordDecisionSchema>;

export const CORRECTION_REASON_MIN = 10;

/** Correcting a registered decision: the same fields, the version the form was loaded with, and why. */
export const correctDecisionSchema = z.object({
  cooperationId: cooperationIdField(),
  decisionId: z.uuid(FORM_UNREADABLE),
  version: z.int(FORM_UNREADABLE).min(1, FORM_UNREADABLE),
  ...decisionFields,
  reason: z
    .string(msg('correctionReason'))
    .trim()
    .min(1, { error: msg('correctionReason'), abort: true })
    .min(CORRECTION_REASON_MIN, msg('correctionReasonShort', { min: CORRECTION_REASON_MIN }))
    .max(1000, msg('reasonTooLong')),
}, FORM_UNREADABLE);

export type CorrectDecisionInput = z.input<typeof correctDecisionSchema>;
export type CorrectDecisionValues = z.output<typeof correctDecisionSchema>;

type DecisionText = { body: string; date: string; saksnummer: string | null; outcome: DecisionOutcome; url: string | null };

const FIELD_LABELS: Record<keyof DecisionText, string> = {
  body: 'Organ',
  date: 'Dato for vedtaket',
  saksnummer: 'Saksnummer',
  outcome: 'Utfall',
  url: 'Lenke til vedtaket',
};

const shown = (key: keyof DecisionText, d: DecisionText): string | null => {
  const value = d[key];
  if (value === null || value === '') return null;
  if (key === 'date') return formatDateNb(value as IsoDate);
  if (key === 'outcome') return OUTCOME_LABELS[value as DecisionOutcome];
  return value;
};

/** What a correction changes, field by field, as the history shows it (old -> new, null for nothing). */
export function describeDecisionChanges(before: DecisionText, after: DecisionText): { field: string; old: string | null; new: string | null }[] {
  return (Object.keys(FIELD_LABELS) as (keyof DecisionText)[])
    .map((key) => ({ field: FIELD_LABELS[key], old: shown(key, before), new: shown(key, after) }))
    .filter((c) => c.old !== c.new);
}
