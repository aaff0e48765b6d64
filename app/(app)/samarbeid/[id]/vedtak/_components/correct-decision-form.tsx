'use client';
// Correcting one registered decision: the registered values to change, and why. The outcome
// can be changed only while its round is open (lib/pure/domain/decision-correction.ts); otherwise
// the radios are shown locked with the reason. After saving, the decisions page opens with
// the confirmation, and the correction stands in the list of decisions.
import Link from 'next/link';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { CORRECTION_MESSAGES } from '@/lib/pure/domain/decision-correction';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { applyFieldErrors } from '@/lib/client/forms';
import {
  DECISION_BODY_SUGGESTIONS,
  OUTCOME_LABELS,
  correctDecisionSchema,
  type CorrectDecisionInput,
  type CorrectDecisionValues,
} from '@/lib/pure/validation/decisions';
import { DECISION_OUTCOMES } from '@/lib/pure/domain/dossier';
import { correctDecisionAction } from '../actions';

export interface CorrectDecisionFormProps {
  defaults: Omit<CorrectDecisionInput, 'reason'>;
  memberName: string;
  round: number;
  /** The outcome may change (its round is open). */
  outcomeOpen: boolean;
}

export function CorrectDecisionForm({ defaults, memberName, round, outcomeOpen }: CorrectDecisionFormProps) {
  const feedback = useFeedback();
  const back = `/samarbeid/${defaults.cooperationId}/vedtak`;
  const { register, handleSubmit, setError, setFocus, formState } = useForm<CorrectDecisionInput, unknown, CorrectDecisionValues>({
    resolver: useZodResolver(correctDecisionSchema),
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
      feedback.successThenGo(`Vedtaket fra ${memberName} er rettet. Rettingen og begrunnelsen står i listen over registrerte vedtak.`, back);
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="rett-tittel" id="rett" className="bb-panel scroll-mt-4 border-[var(--ds-color-accent-border-default)]">
      <Heading level={2} id="rett-tittel" data-size="sm">
        Rett vedtaket fra {memberName} (vedtaksrunde {round})
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        Rett det som ble registrert feil. Det gamle og det nye står i historikken, sammen med begrunnelsen.
      </Paragraph>
      {/* The version and, in a closed round, the outcome travel from the defaults unchanged. */}
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Textfield label="Organ" list="rett-organ-forslag" autoComplete="off" error={errors.body?.message} {...register('body')} />
        <datalist id="rett-organ-forslag">
          {DECISION_BODY_SUGGESTIONS.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <Textfield label="Dato for vedtaket" type="date" max={osloDateOf(new Date())} error={errors.date?.message} {...register('date')} />
        <Textfield label="Saksnummer (valgfritt)" autoComplete="off" error={errors.saksnummer?.message} {...register('saksnummer')} />
        <Textfield label="Lenke til vedtaket (valgfritt)" type="url" inputMode="url" autoComplete="off" error={errors.url?.message} {...register('url')} />
      </div>
      {outcomeOpen ? (
        <Fieldset className="mt-4 min-w-0" aria-describedby={errors.outcome ? 'rett-utfall-feil' : undefined}>
          <Fieldset.Legend>Utfall</Fieldset.Legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            {DECISION_OUTCOMES.map((o) => (
              <Radio key={o} label={OUTCOME_LABELS[o]} value={o} {...register('outcome')} />
            ))}
          </div>
          {errors.outcome ? <ValidationMessage id="rett-utfall-feil">{errors.outcome.message}</ValidationMessage> : null}
        </Fieldset>
      ) : (
        <div className="mt-4 text-sm">
          <p>
            <span className="font-semibold">Utfall:</span> {OUTCOME_LABELS[defaults.outcome as keyof typeof OUTCOME_LABELS]}
          </p>
          <p className="bb-muted mt-1">{CORRECTION_MESSAGES.outcomeLocked}</p>
          {errors.outcome ? <ValidationMessage>{errors.outcome.message}</ValidationMessage> : null}
        </div>
      )}
      <Textfield
        className="mt-4"
        label="Hvorfor rettes vedtaket?"
        description="For eksempel: feil dato ble skrevet av fra protokollen. Begrunnelsen står i historikken."
        multiline
        rows={2}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <FeedbackMessage entry={feedback.entry} className="mt-5" />
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <SubmitButton pending={formState.isSubmitting || feedback.going}>Lagre rettingen</SubmitButton>
        <Link href={back} scroll={false}>
          Avbryt
        </Link>
      </div>
    </form>
  );
}
