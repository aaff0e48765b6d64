'use client';
// Correcting one registered decision: the registered values to change, and why. The outcome
// can be changed only while its round is open (lib/pure/domain/decision-correction.ts); otherwise
// the radios are shown locked with the reason. After saving, the decisions page opens with
// the confirmation, and the correction stands in the list of decisions. The words come from the
// server page in the page's language, the locked-outcome reason too.
import Link from 'next/link';
import { useEffect } from 'react';
import { useZodResolver } from '@/lib/client/validation';
import { Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { applyFieldErrors, useForm, radio } from '@/lib/client/forms';
import type { CorrectDecisionInput, CorrectDecisionValues } from '@/lib/pure/validation/decisions';
import { DECISION_BODY_SUGGESTIONS } from '@/lib/pure/validation/decisions-options';
import { DECISION_OUTCOMES } from '@/lib/pure/domain/dossier';
import { correctDecisionAction } from '../actions';
import type { DecisionFieldWords } from './record-decision-form';

export interface CorrectDecisionWords extends DecisionFieldWords {
  /** "Rett vedtaket fra Askøy (vedtaksrunde 1)". */
  title: string;
  intro: string;
  outcomeLabel: string;
  reason: string;
  reasonHint: string;
  submit: string;
  cancel: string;
  /** The confirmation after saving. */
  saved: string;
  /** Why the outcome cannot be changed (lib/pure/domain/decision-correction.ts). */
  outcomeLocked: string;
}

export interface CorrectDecisionFormProps {
  defaults: Omit<CorrectDecisionInput, 'reason'>;
  round: number;
  /** The outcome may change (its round is open). */
  outcomeOpen: boolean;
  words: CorrectDecisionWords;
}

export function CorrectDecisionForm({ defaults, outcomeOpen, words }: CorrectDecisionFormProps) {
  const feedback = useFeedback();
  const back = `/samarbeid/${defaults.cooperationId}/vedtak`;
  const { register, handleSubmit, setError, setFocus, formState } = useForm<CorrectDecisionInput, unknown, CorrectDecisionValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/decisions').then((m) => m.correctDecisionSchema)),
    defaultValues: { ...defaults, reason: '' },
  });
  const errors = formState.errors;
  // Opened from a link further down the page: bring the form to the user, ready to type.
  useEffect(() => setFocus('body'), [setFocus]);

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await correctDecisionAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      feedback.successThenGo(words.saved, back);
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="rett-tittel" id="rett" className="bb-panel scroll-mt-4 border-[var(--ds-color-accent-border-default)]">
      <Heading level={2} id="rett-tittel" data-size="sm">
        {words.title}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {words.intro}
      </Paragraph>
      {/* The version and, in a closed round, the outcome travel from the defaults unchanged. */}
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Textfield label={words.body} list="rett-organ-forslag" autoComplete="off" error={errors.body?.message} {...register('body')} />
        <datalist id="rett-organ-forslag">
          {DECISION_BODY_SUGGESTIONS.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <Textfield label={words.date} type="date" max={osloDateOf(new Date())} error={errors.date?.message} {...register('date')} />
        <Textfield label={words.caseNumber} autoComplete="off" error={errors.saksnummer?.message} {...register('saksnummer')} />
        <Textfield label={words.link} type="url" inputMode="url" autoComplete="off" error={errors.url?.message} {...register('url')} />
      </div>
      {outcomeOpen ? (
        <Fieldset className="mt-4 min-w-0" aria-describedby={errors.outcome ? 'rett-utfall-feil' : undefined}>
          <Fieldset.Legend>{words.outcome}</Fieldset.Legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            {DECISION_OUTCOMES.map((o) => (
              <Radio key={o} label={words.outcomes[o]} {...radio(register, 'outcome', o)} />
            ))}
          </div>
          {errors.outcome ? <ValidationMessage id="rett-utfall-feil">{errors.outcome.message}</ValidationMessage> : null}
        </Fieldset>
      ) : (
        <div className="mt-4 text-sm">
          <p>
            <span className="font-semibold">{words.outcomeLabel}</span> {words.outcomes[defaults.outcome as keyof typeof words.outcomes]}
          </p>
          <p className="bb-muted mt-1">{words.outcomeLocked}</p>
          {errors.outcome ? <ValidationMessage>{errors.outcome.message}</ValidationMessage> : null}
        </div>
      )}
      <Textfield
        className="mt-4"
        label={words.reason}
        description={words.reasonHint}
        multiline
        rows={2}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <FeedbackMessage entry={feedback.entry} className="mt-5" />
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <SubmitButton pending={formState.isSubmitting || feedback.going}>{words.submit}</SubmitButton>
        <Link href={back} scroll={false}>
          {words.cancel}
        </Link>
      </div>
    </form>
  );
}
