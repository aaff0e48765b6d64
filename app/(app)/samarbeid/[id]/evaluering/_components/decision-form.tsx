'use client';
// The decision after the evaluation: summary, recommendation with its reasons, and the
// decision itself (which may differ). Validated with the server's own schema; a refusal
// keeps everything typed and marks the fields the server named.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { DECISIONS, DECISION_LABELS } from '@/lib/domain/evaluation-decision';
import { DECISION_CONSEQUENCES, decisionSchema, emptyDecisionForm, type DecisionFormInput, type DecisionValues } from '@/lib/validation/decision';
import { concludeEvaluationAction } from '../actions';

const FIX_FIELDS = 'Noen av feltene må rettes før vedtaket kan registreres. Se meldingene ved feltene.';

export function DecisionForm({ cooperationId, rowVersion }: { cooperationId: string; rowVersion: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; missing?: string[] } | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<DecisionFormInput, unknown, DecisionValues>({
    resolver: zodResolver(decisionSchema),
    defaultValues: emptyDecisionForm(cooperationId, rowVersion),
  });
  const errors = formState.errors;
  const decision = useWatch({ control, name: 'decision' });
  // The browser-side "fix the fields" notice goes once the fields are fixed; a server refusal stays.
  const shown = message && (message.text !== FIX_FIELDS || Object.keys(errors).length > 0) ? message : null;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      const result = await concludeEvaluationAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        setMessage({ text: result.message, missing: result.fieldErrors?.missing });
        return;
      }
      router.push(result.data.decision === 'avvikle' ? `/samarbeid/${cooperationId}/avvikling` : `/samarbeid/${cooperationId}`);
    },
    () => setMessage({ text: FIX_FIELDS }),
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
      {shown ? (
        <Alert data-color="danger" role="alert" data-testid="beslutning-melding">
          {shown.text}
          {shown.missing?.length ? (
            <ul className="mt-2 list-disc pl-5">
              {shown.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" loading={formState.isSubmitting} disabled={formState.isSubmitting}>
          Registrer anbefaling og vedtak
        </Button>
      </div>
    </form>
  );
}
