// Evaluation rounds: the inputs of the round actions, and the answers a respondent sends.
// The answer schema is built from the round's questionnaire version and the cooperation's
// goals, so the form (react-hook-form) and the server action validate with the very same
// rules. A draft may leave anything blank; a submission must answer every statement and goal
// (a value on the scale or «Vet ikke»). Field error paths equal the form's field names.
import { z } from '@/lib/pure/validation/zod';
import type { Answers, Response } from '@/lib/pure/domain/perceived';
import type { Questionnaire, ScaleValue } from '@/lib/pure/domain/questionnaire';
import { FORM_UNREADABLE, textTooLong } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { COMMENT_MAX, RESULT_MAX, OPEN_ANSWER_MAX } from './evaluation-options';
export { COMMENT_MAX, RESULT_MAX, OPEN_ANSWER_MAX } from './evaluation-options';

export type AnswerMode = 'utkast' | 'innsending';

export const RESPONSE_OPTIONS = ['1', '2', '3', '4', '5', 'vet_ikke'] as const;
/** A radio group's value: '' until something is chosen. */
export type ResponseInput = '' | (typeof RESPONSE_OPTIONS)[number];

export const MISSING_ANSWER_MESSAGE = msg('answerMissing');
const BAD_ANSWER_MESSAGE = msg('answerBad');

function text(max: number) {
  return z
    .string({ error: msg('textType') })
    .trim()
    .max(max, textTooLong(max))
    .nullish()
    .transform((v) => (v ? v : null));
}

function response(mode: AnswerMode) {
  // Numbers too: stored answers hold the scale as numbers and are read back through this schema.
  const chosen = z.union([z.enum(RESPONSE_OPTIONS), z.literal([1, 2, 3, 4, 5]), z.literal(''), z.null(), z.undefined()], { error: BAD_ANSWER_MESSAGE });
  const checked = mode === 'innsending' ? chosen.refine((v) => v !== '' && v !== null && v !== undefined, MISSING_ANSWER_MESSAGE) : chosen;
  return checked.transform((v): Response => (v === '' || v === null || v === undefined ? null : v === 'vet_ikke' ? 'vet_ikke' : (Number(v) as ScaleValue)));
}

/** The answers of one respondent in a round answered with questionnaire `q`. Unknown ids are dropped. */
export function answersSchema(q: Questionnaire, goalIds: readonly string[], mode: AnswerMode) {
  const statement = z.object({ value: response(mode), comment: text(COMMENT_MAX) }, FORM_UNREADABLE).prefault({ value: '', comment: '' });
  const goal = z.object({ value: response(mode), result: text(RESULT_MAX), comment: text(COMMENT_MAX) }, FORM_UNREADABLE).prefault({ value: '', result: '', comment: '' });
  return z.object(
    {
      statements: z.object(Object.fromEntries(q.statements.map((s) => [s.id, statement])), FORM_UNREADABLE).prefault({}),
      goals: z.object(Object.fromEntries(goalIds.map((id) => [id, goal])), FORM_UNREADABLE).prefault({}),
      whatWorks: text(OPEN_ANSWER_MAX),
      whatToChange: text(OPEN_ANSWER_MAX),
    },
    FORM_UNREADABLE,
  ) satisfies z.ZodType<Answers>;
}

/** Answers as this module stored them, read back with the round's questionnaire; null for anything else. */
export function parseStoredAnswers(value: unknown, q: Questionnaire): Answers | null {
  const goals = typeof value === 'object' && value !== null ? (value as { goals?: unknown }).goals : undefined;
  const goalIds = typeof goals === 'object' && goals !== null ? Object.keys(goals) : [];
  const parsed = answersSchema(q, goalIds, 'utkast').safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The form's values: what react-hook-form holds and sends (raw strings). */
export interface AnswerFormValues {
  roundId: string;
  statements: Record<string, { value: ResponseInput; comment: string }>;
  goals: Record<string, { value: ResponseInput; result: string; comment: string }>;
  whatWorks: string;
  whatToChange: string;
}

const toInput = (r: Response | undefined): ResponseInput => (r === null || r === undefined ? '' : r === 'vet_ikke' ? 'vet_ikke' : (String(r) as ResponseInput));

/** Stored answers (or none yet) as form values, with every statement and goal present. */
export function answerFormValues(roundId: string, q: Questionnaire, goalIds: readonly string[], stored: Answers | null): AnswerFormValues {
  return {
    roundId,
    statements: Object.fromEntries(q.statements.map((s) => [s.id, { value: toInput(stored?.statements[s.id]?.value), comment: stored?.statements[s.id]?.comment ?? '' }])),
    goals: Object.fromEntries(
      goalIds.map((id) => [id, { value: toInput(stored?.goals[id]?.value), result: stored?.goals[id]?.result ?? '', comment: stored?.goals[id]?.comment ?? '' }]),
    ),
    whatWorks: stored?.whatWorks ?? '',
    whatToChange: stored?.whatToChange ?? '',
  };
}

const roundIdField = () => z.uuid({ error: msg('roundInvalid') });

/** Saving or submitting answers: the round here, the answers checked against the round's questionnaire in the action. */
export const answerInputSchema = z.looseObject({ roundId: roundIdField() }, FORM_UNREADABLE);

export const roundInputSchema = z.object({ roundId: roundIdField() }, FORM_UNREADABLE);

export const closeRoundSchema = z.object(
  {
    roundId: roundIdField(),
    /** The cooperation's row version the page showed; a different one is a conflict. */
    expectedVersion: z.int({ error: msg('versionInvalid') }).min(0).optional(),
  },
  FORM_UNREADABLE,
);

export const openRoundSchema = z.object(
  {
    cooperationId: z.uuid({ error: msg('cooperationInvalid') }),
    expectedVersion: z.int({ error: msg('versionInvalid') }).min(0).optional(),
    comment: z.string({ error: msg('textType') }).trim().max(500, msg('commentTooLong500')).optional(),
  },
  FORM_UNREADABLE,
);

export type OpenRoundInput = z.output<typeof openRoundSchema>;
export type CloseRoundInput = z.output<typeof closeRoundSchema>;
export type RoundInput = z.output<typeof roundInputSchema>;
export type AnswerInput = z.output<typeof answerInputSchema>;
