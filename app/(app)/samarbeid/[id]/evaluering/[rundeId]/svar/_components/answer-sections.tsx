'use client';
// The parts of the answer form: the statements of one group, one goal, and the open
// questions. Statements, group texts and scale labels are the round's questionnaire (in the
// round's language, marked with lang); the rest are the page's words.
import { useFormContext, type FieldError } from 'react-hook-form';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Questionnaire, Statement, StatementGroup } from '@/lib/pure/domain/questionnaire/types';
import type { AnswerFormValues } from '@/lib/pure/validation/evaluation';
import { COMMENT_MAX, OPEN_ANSWER_MAX, RESULT_MAX } from '@/lib/pure/validation/evaluation-options';
import { ScaleQuestion } from './scale-question';
import type { AnswerWords } from './words';

export interface GoalView {
  id: string;
  statement: string;
  /** Indicator, baseline, target and deadline in one sentence, worded by the page. */
  description: string;
}

type CommentField = `statements.${string}.comment` | `goals.${string}.comment`;

/** A comment behind a disclosure, open when there is something in it. */
function Comment({ field, error, hasText, words }: { field: CommentField; error: FieldError | undefined; hasText: boolean; words: AnswerWords }) {
  const { register } = useFormContext<AnswerFormValues>();
  return (
    <details className="mt-2" open={hasText || error !== undefined}>
      <summary className="cursor-pointer text-sm">{words.commentSummary}</summary>
      <Textfield className="mt-2" label={words.commentLabel} multiline rows={2} maxLength={COMMENT_MAX} error={error?.message} {...register(field)} />
    </details>
  );
}

export function StatementGroupSection({ group, statements, q, words }: { group: StatementGroup; statements: readonly Statement[]; q: Questionnaire; words: AnswerWords }) {
  const { formState, getValues } = useFormContext<AnswerFormValues>();
  const errors = formState.errors.statements;
  return (
    <section aria-labelledby={`gruppe-${group}`} className="bb-panel">
      <Heading level={2} id={`gruppe-${group}`} data-size="xs" lang={q.language}>
        {q.texts.groups[group].label}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1" lang={q.language}>
        {q.texts.groups[group].intro}
      </Paragraph>
      <div className="mt-4 space-y-5">
        {statements.map((s) => (
          <ScaleQuestion
            key={s.id}
            field={`statements.${s.id}.value`}
            legend={s.text}
            legendLang={q.language}
            labels={q.texts.scale}
            dontKnowLabel={q.texts.dontKnow}
            optionsLang={q.language}
            error={errors?.[s.id]?.value}
          >
            <Comment field={`statements.${s.id}.comment`} error={errors?.[s.id]?.comment} hasText={Boolean(getValues(`statements.${s.id}.comment`))} words={words} />
          </ScaleQuestion>
        ))}
      </div>
    </section>
  );
}

export function GoalsSection({ goals, q, words }: { goals: readonly GoalView[]; q: Questionnaire; words: AnswerWords }) {
  const { formState, getValues, register } = useFormContext<AnswerFormValues>();
  const errors = formState.errors.goals;
  return (
    <section aria-labelledby="gruppe-maal" className="bb-panel">
      <Heading level={2} id="gruppe-maal" data-size="xs">
        {words.goalsHeading}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {words.goalsIntro}
      </Paragraph>
      {goals.length === 0 ? (
        <Paragraph data-size="sm" className="mt-3">
          {words.noGoals}
        </Paragraph>
      ) : null}
      <div className="mt-4 space-y-5">
        {goals.map((g) => (
          <ScaleQuestion
            key={g.id}
            field={`goals.${g.id}.value`}
            legend={g.statement}
            description={g.description}
            labels={q.texts.attainment}
            dontKnowLabel={q.texts.dontKnow}
            optionsLang={q.language}
            error={errors?.[g.id]?.value}
          >
            <Textfield className="mt-3 max-w-md" label={words.resultLabel} maxLength={RESULT_MAX} error={errors?.[g.id]?.result?.message} {...register(`goals.${g.id}.result`)} />
            <Comment field={`goals.${g.id}.comment`} error={errors?.[g.id]?.comment} hasText={Boolean(getValues(`goals.${g.id}.comment`))} words={words} />
          </ScaleQuestion>
        ))}
      </div>
    </section>
  );
}

export function OpenQuestions({ words }: { words: AnswerWords }) {
  const { formState, register } = useFormContext<AnswerFormValues>();
  return (
    <section aria-labelledby="gruppe-apne" className="bb-panel">
      <Heading level={2} id="gruppe-apne" data-size="xs">
        {words.openHeading}
      </Heading>
      <div className="mt-4 space-y-4">
        <Textfield label={words.whatWorks} multiline rows={3} maxLength={OPEN_ANSWER_MAX} error={formState.errors.whatWorks?.message} {...register('whatWorks')} />
        <Textfield label={words.whatToChange} multiline rows={3} maxLength={OPEN_ANSWER_MAX} error={formState.errors.whatToChange?.message} {...register('whatToChange')} />
      </div>
    </section>
  );
}
