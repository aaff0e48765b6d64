'use client';
// Recording a municipal election: only the election day of an election year is accepted,
// unless the administrator marks the date as an extraordinary event and says why. The
// «etter kommunevalg» anchoring falls due the given number of months after the day.
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { applyFieldErrors } from '@/lib/client/forms';
import { electionSchema, type ElectionInput, type ElectionValues } from '@/lib/pure/validation/elections';
import { recordElectionAction } from '../actions';

export function ElectionForm({ suggestedDate, defaultMonths }: { suggestedDate: string; defaultMonths: number }) {
  const router = useRouter();
  const feedback = useFeedback();
  const { register, handleSubmit, setError, control, getValues, formState } = useForm<ElectionInput, unknown, ElectionValues>({
    resolver: useZodResolver(electionSchema),
    defaultValues: { electionDate: suggestedDate, extraordinary: false, reason: '', followUpMonths: defaultMonths },
  });
  const extraordinary = useWatch({ control, name: 'extraordinary' });
  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      if (!window.confirm('Alle sponsorer i aktive samarbeid blir merket for ny bekreftelse, og hver deltaker i samarbeid i drift får en forankring etter valget. Fortsette?')) return;
      const result = await recordElectionAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      const d = result.data;
      feedback.success(`Valget er registrert. ${d.sponsors} sponsorer i ${d.cooperations} samarbeid må bekreftes på nytt, og ${d.occurrences} forankringer «etter kommunevalg» er lagt inn.`);
      router.refresh();
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4" aria-label="Registrer et valg">
      <Textfield
        label="Valgdag"
        description="Kommunevalg holdes hvert fjerde år, på mandagen Kongen i statsråd fastsetter (de siste gangene andre mandag i september)."
        type="date"
        error={formState.errors.electionDate?.message}
        {...register('electionDate')}
      />
      <Checkbox label="Dette er en ekstraordinær hendelse, ikke et ordinært kommunevalg" {...register('extraordinary', { deps: ['electionDate', 'reason'] })} />
      {extraordinary ? (
        <Textfield
          multiline
          rows={2}
          label="Hva har skjedd?"
          description="For eksempel omvalg etter klage, eller valg i en ny kommune etter sammenslåing eller deling."
          error={formState.errors.reason?.message}
          {...register('reason')}
        />
      ) : null}
      <Textfield
        label="Frist for forankring etter valget (måneder)"
        description="Hver deltaker i samarbeid i drift får en forankring med denne fristen, så de nye folkevalgte blir kjent med samarbeidet."
        inputMode="numeric"
        className="max-w-xs"
        error={formState.errors.followUpMonths?.message}
        {...register('followUpMonths')}
      />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={formState.isSubmitting}>Registrer kommunevalg</SubmitButton>
    </form>
  );
}
