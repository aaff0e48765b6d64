'use client';
// The parts of the answer form: the statements of one group, one goal, and the open questions.
import { useFormContext, type FieldError } from 'react-hook-form';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ATTAINMENT_LABELS, SCALE_LABELS, STATEMENT_GROUP_INTROS, STATEMENT_GROUP_LABELS, type Statement, type StatementGroup } from '@/lib/pure/domain/questionnaire';
import { COMMENT_MAX, OPEN_ANSWER_MAX, RESULT_MAX, type AnswerFormValues } from '@/lib/pure/validation/evaluation';
import { ScaleQuestion } from './scale-question';

export interface GoalView {
  id: string;
  statement: string;
  indicator: string;
  baseline: string;
  target: string;
  deadline: string | null;
}

type CommentField = `statements.${string}.comment` | `goals.${string}.comment`;

/** A comment behind a disclosure, open when there is something in it. */
function Comment({ field, error, hasText }: { field: CommentField; error: FieldError | undefined; hasText: boolean }) {
  const { register } = useFormContext<AnswerFormValues>();
  return (
    <details className="mt-2" open={hasText || error !== undefined}>
      <summary className="cursor-pointer text-sm">Kommentar (valgfritt)</summary>
      <Textfield className="mt-2" label="Kommentar" multiline rows={2} maxLength={COMMENT_MAX} error={error?.message} {...register(field)} />
    </details>
  );
}

export function StatementGroupSection({ group, statements }: { group: StatementGroup; statements: readonly Statement[] }) {
  const { formState, getValues } = useFormContext<AnswerFormValues>();
  const errors = formState.errors.statements;
  return (
    <section aria-labelledby={`gruppe-${group}`} className="bb-panel">
      <Heading level={2} id={`gruppe-${group}`} data-size="xs">
        {STATEMENT_GROUP_LABELS[group]}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {STATEMENT_GROUP_INTROS[group]}
      </Paragraph>
      <div className="mt-4 space-y-5">
        {statements.map((s) => (
          <ScaleQuestion key={s.id} field={`statements.${s.id}.value`} legend={s.text} labels={SCALE_LABELS} error={errors?.[s.id]?.value}>
            <Comment field={`statements.${s.id}.comment`} error={errors?.[s.id]?.comment} hasText={Boolean(getValues(`statements.${s.id}.comment`))} />
          </ScaleQuestion>
        ))}
      </div>
    </section>
  );
}

export function GoalsSection({ goals }: { goals: readonly GoalView[] }) {
  const { formState, getValues, register } = useFormContext<AnswerFormValues>();
  const errors = formState.errors.goals;
  return (
    <section aria-labelledby="gruppe-maal" className="bb-panel">
      <Heading level={2} id="gruppe-maal" data-size="xs">
        Måloppnåelse
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        Hvor nær er samarbeidet målene sine? Skriv gjerne inn siste resultat på indikatoren om du kjenner det.
      </Paragraph>
      {goals.length === 0 ? <Paragraph data-size="sm" className="mt-3">Samarbeidet har ingen registrerte mål.</Paragraph> : null}
      <div className="mt-4 space-y-5">
        {goals.map((g) => (
          <ScaleQuestion
            key={g.id}
            field={`goals.${g.id}.value`}
            legend={g.statement}
            description={
              <>
                Indikator: {g.indicator || 'ikke satt'}. Utgangspunkt: {g.baseline || 'ikke satt'}. Mål: {g.target || 'ikke satt'}
                {g.deadline ? ` innen ${g.deadline.split('-').reverse().join('.')}` : ''}.
              </>
            }
            labels={ATTAINMENT_LABELS}
            error={errors?.[g.id]?.value}
          >
            <Textfield
              className="mt-3 max-w-md"
              label="Siste resultat på indikatoren (valgfritt)"
              maxLength={RESULT_MAX}
              error={errors?.[g.id]?.result?.message}
              {...register(`goals.${g.id}.result`)}
            />
            <Comment field={`goals.${g.id}.comment`} error={errors?.[g.id]?.comment} hasText={Boolean(getValues(`goals.${g.id}.comment`))} />
          </ScaleQuestion>
        ))}
      </div>
    </section>
  );
}

export function OpenQuestions() {
  const { formState, register } = useFormContext<AnswerFormValues>();
  return (
    <section aria-labelledby="gruppe-apne" className="bb-panel">
      <Heading level={2} id="gruppe-apne" data-size="xs">
        Med egne ord
      </Heading>
      <div className="mt-4 space-y-4">
        <Textfield label="Hva fungerer godt i samarbeidet? (valgfritt)" multiline rows={3} maxLength={OPEN_ANSWER_MAX} error={formState.errors.whatWorks?.message} {...register('whatWorks')} />
        <Textfield label="Hva bør endres? (valgfritt)" multiline rows={3} maxLength={OPEN_ANSWER_MAX} error={formState.errors.whatToChange?.message} {...register('whatToChange')} />
      </div>
    </section>
  );
}
