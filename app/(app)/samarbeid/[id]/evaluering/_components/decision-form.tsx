'use client';
// The decision after the evaluation: summary, recommendation with its reasons, and the
// decision itself (which may differ). Validated with the server's own schema; a refusal
// keeps everything typed and marks the fields the server named. Once recorded, the page the
// decision leads to opens with the confirmation.
import { useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Alert, Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm, radio } from '@/lib/client/forms';
import { DECISIONS, type Decision } from '@/lib/pure/domain/evaluation-decision';
import type { DecisionFormInput, DecisionValues } from '@/lib/pure/validation/decision';
import { emptyDecisionForm } from '@/lib/pure/validation/decision-values';
import { concludeEvaluationAction } from '../actions';

/** The form's words in the page's language (catalogue `evaluering.decision`), from the server. */
export interface DecisionFormWords {
  fixFields: string;
  formLabel: string;
  summary: string;
  summaryHelp: string;
  publicLegend: string;
  publicYes: string;
  publicNo: string;
  recommendation: string;
  recommendationHelp: string;
  recommendationNote: string;
  recommendationNoteHelp: string;
  decision: string;
  decisionHelp: string;
  decisionNote: string;
  decisionNoteHelp: string;
  windUpWarning: string;
  windUpConfirm: string;
  submit: string;
  label: Record<Decision, string>;
  consequence: Record<Decision, string>;
  /** The confirmation on the page the decision leads to. */
  decided: Record<Decision, string>;
}

export function DecisionForm({ cooperationId, rowVersion, words }: { cooperationId: string; rowVersion: number; words: DecisionFormWords }) {
  const feedback = useFeedback();
  const { register, handleSubmit, setError, control, formState } = useForm<DecisionFormInput, unknown, DecisionValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/decision').then((m) => m.decisionSchema)),
    defaultValues: emptyDecisionForm(cooperationId, rowVersion),
  });
  const errors = formState.errors;
  const decision = useWatch({ control, name: 'decision' });
  // The browser-side "fix the fields" notice goes once the fields are fixed; a server refusal stays.
  const shown = feedback.entry && (feedback.entry.feedback.text !== words.fixFields || Object.keys(errors).length > 0) ? feedback.entry : null;

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await concludeEvaluationAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message, result.fieldErrors?.missing);
        return;
      }
      const next = result.data.decision;
      feedback.successThenGo(words.decided[next], next === 'avvikle' ? `/samarbeid/${cooperationId}/avvikling` : `/samarbeid/${cooperationId}`);
    },
    () => feedback.error(words.fixFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={words.formLabel} className="mt-4 flex flex-col gap-6">
      <Textfield
        label={words.summary}
        description={words.summaryHelp}
        multiline
        rows={5}
        suppressHydrationWarning
        error={errors.summary?.message}
        {...register('summary')}
      />
      <Fieldset aria-describedby={errors.summaryPublic ? 'offentlig-feil' : undefined}>
        <Fieldset.Legend>{words.publicLegend}</Fieldset.Legend>
        <Radio label={words.publicYes} {...radio(register, 'summaryPublic', 'ja')} />
        <Radio label={words.publicNo} {...radio(register, 'summaryPublic', 'nei')} />
        {errors.summaryPublic ? <ValidationMessage id="offentlig-feil">{errors.summaryPublic.message}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset aria-describedby={errors.recommendation ? 'anbefaling-feil' : undefined}>
        <Fieldset.Legend>{words.recommendation}</Fieldset.Legend>
        <Fieldset.Description>{words.recommendationHelp}</Fieldset.Description>
        {DECISIONS.map((d) => (
          <Radio key={d} label={words.label[d]} {...radio(register, 'recommendation', d)} />
        ))}
        {errors.recommendation ? <ValidationMessage id="anbefaling-feil">{errors.recommendation.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        label={words.recommendationNote}
        description={words.recommendationNoteHelp}
        multiline
        rows={3}
        suppressHydrationWarning
        error={errors.recommendationNote?.message}
        {...register('recommendationNote')}
      />
      <Fieldset aria-describedby={errors.decision ? 'vedtak-feil' : undefined}>
        <Fieldset.Legend>{words.decision}</Fieldset.Legend>
        <Fieldset.Description>{words.decisionHelp}</Fieldset.Description>
        {DECISIONS.map((d) => (
          <Radio key={d} label={words.label[d]} description={words.consequence[d]} {...radio(register, 'decision', d)} />
        ))}
        {errors.decision ? <ValidationMessage id="vedtak-feil">{errors.decision.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        label={words.decisionNote}
        description={words.decisionNoteHelp}
        autoComplete="off"
        error={errors.decisionNote?.message}
        {...register('decisionNote')}
      />
      {decision === 'avvikle' ? (
        <Alert data-color="warning">
          <p className="text-sm">{words.windUpWarning}</p>
          <Checkbox className="mt-3" label={words.windUpConfirm} error={errors.confirmAvvikle?.message} {...register('confirmAvvikle')} />
        </Alert>
      ) : null}
      <FeedbackMessage entry={shown} testId="beslutning-melding" />
      <div>
        <SubmitButton pending={formState.isSubmitting || feedback.going}>{words.submit}</SubmitButton>
      </div>
    </form>
  );
}
