'use client';
// The decision after the evaluation: summary, recommendation with its reasons, and the
// decision itself (which may differ). Validated with the server's own schema; a refusal
// keeps everything typed and marks the fields the server named. Once recorded, the page the
// decision leads to opens with the confirmation.
import { useForm, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Alert, Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors } from '@/lib/client/forms';
import { DECISIONS, DECISION_LABELS, type Decision } from '@/lib/pure/domain/evaluation-decision';
import { DECISION_CONSEQUENCES, decisionSchema, emptyDecisionForm, type DecisionFormInput, type DecisionValues } from '@/lib/pure/validation/decision';
import { concludeEvaluationAction } from '../actions';

const FIX_FIELDS = 'Noen av feltene må rettes før vedtaket kan registreres. Se meldingene ved feltene.';

/** The confirmation on the page the decision leads to. */
export const DECIDED_MESSAGES: Record<Decision, string> = {
  opprettholde: 'Vedtaket er registrert: samarbeidet opprettholdes og fortsetter i drift.',
  redesign: 'Vedtaket er registrert: samarbeidet skal endres. Redesignen har startet i fasen design.',
  avvikle: 'Vedtaket er registrert: samarbeidet skal avvikles. Fyll ut sjekklisten for avvikling under.',
};

export function DecisionForm({ cooperationId, rowVersion }: { cooperationId: string; rowVersion: number }) {
  const feedback = useFeedback();
  const { register, handleSubmit, setError, control, formState } = useForm<DecisionFormInput, unknown, DecisionValues>({
    resolver: useZodResolver(decisionSchema),
    defaultValues: emptyDecisionForm(cooperationId, rowVersion),
  });
  const errors = formState.errors;
  const decision = useWatch({ control, name: 'decision' });
  // The browser-side "fix the fields" notice goes once the fields are fixed; a server refusal stays.
  const shown = feedback.entry && (feedback.entry.feedback.text !== FIX_FIELDS || Object.keys(errors).length > 0) ? feedback.entry : null;

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
      feedback.successThenGo(DECIDED_MESSAGES[next], next === 'avvikle' ? `/samarbeid/${cooperationId}/avvikling` : `/samarbeid/${cooperationId}`);
    },
    () => feedback.error(FIX_FIELDS),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Anbefaling og vedtak" className="mt-4 flex flex-col gap-6">
      <Textfield
        label="Oppsummering"
        description="Hovedfunnene fra evalueringen. Oppsummeringen kommer med i rapporten og, om dere tillater det, på den offentlige siden for samarbeidet."
        multiline
        rows={5}
        suppressHydrationWarning
        error={errors.summary?.message}
        {...register('summary')}
      />
      <Fieldset aria-describedby={errors.summaryPublic ? 'offentlig-feil' : undefined}>
        <Fieldset.Legend>Kan oppsummeringen vises offentlig?</Fieldset.Legend>
        <Radio label="Ja, den kan vises i det offentlige registeret" value="ja" {...register('summaryPublic')} />
        <Radio label="Nei, bare for innloggede med tilgang til samarbeidet" value="nei" {...register('summaryPublic')} />
        {errors.summaryPublic ? <ValidationMessage id="offentlig-feil">{errors.summaryPublic.message}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset aria-describedby={errors.recommendation ? 'anbefaling-feil' : undefined}>
        <Fieldset.Legend>Anbefaling</Fieldset.Legend>
        <Fieldset.Description>Hva anbefaler dere etter evalueringen?</Fieldset.Description>
        {DECISIONS.map((d) => (
          <Radio key={d} label={DECISION_LABELS[d]} value={d} {...register('recommendation')} />
        ))}
        {errors.recommendation ? <ValidationMessage id="anbefaling-feil">{errors.recommendation.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        label="Begrunnelse for anbefalingen"
        description="Hvilke funn i evalueringen anbefalingen bygger på."
        multiline
        rows={3}
        suppressHydrationWarning
        error={errors.recommendationNote?.message}
        {...register('recommendationNote')}
      />
      <Fieldset aria-describedby={errors.decision ? 'vedtak-feil' : undefined}>
        <Fieldset.Legend>Vedtak</Fieldset.Legend>
        <Fieldset.Description>Det som ble vedtatt. Vedtaket kan avvike fra anbefalingen.</Fieldset.Description>
        {DECISIONS.map((d) => (
          <Radio key={d} label={DECISION_LABELS[d]} description={DECISION_CONSEQUENCES[d]} value={d} {...register('decision')} />
        ))}
        {errors.decision ? <ValidationMessage id="vedtak-feil">{errors.decision.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        label="Vedtaksreferanse eller merknad (valgfritt)"
        description="For eksempel organ og saksnummer: Representantskapet, sak 12/26."
        autoComplete="off"
        error={errors.decisionNote?.message}
        {...register('decisionNote')}
      />
      {decision === 'avvikle' ? (
        <Alert data-color="warning">
          <p className="text-sm">
            Avvikling kan ikke angres. Samarbeidet går over i avvikling, og sjekklisten for avvikling må fullføres før det er avviklet.
          </p>
          <Checkbox className="mt-3" label="Jeg bekrefter at samarbeidet skal avvikles" error={errors.confirmAvvikle?.message} {...register('confirmAvvikle')} />
        </Alert>
      ) : null}
      <FeedbackMessage entry={shown} testId="beslutning-melding" />
      <div>
        <SubmitButton pending={formState.isSubmitting || feedback.going}>Registrer anbefaling og vedtak</SubmitButton>
      </div>
    </form>
  );
}
