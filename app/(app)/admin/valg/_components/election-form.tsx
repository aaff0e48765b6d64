'use client';
// Recording a municipal election: only the election day of an election year is accepted,
// unless the administrator marks the date as an extraordinary event and says why. The
// «etter kommunevalg» anchoring falls due the given number of months after the day.
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { ElectionInput, ElectionValues } from '@/lib/pure/validation/elections';
import { recordElectionAction } from '../actions';

/** The form's words (admin.valg); `done` has the placeholders {sponsors}, {cooperations} and {occurrences}. */
export interface ElectionFormWords {
  confirm: string;
  done: string;
  checkFields: string;
  formName: string;
  day: string;
  dayDescription: string;
  extraordinary: string;
  reason: string;
  reasonDescription: string;
  months: string;
  monthsDescription: string;
  submit: string;
}

export function ElectionForm({ suggestedDate, defaultMonths, words }: { suggestedDate: string; defaultMonths: number; words: ElectionFormWords }) {
  const router = useRouter();
  const feedback = useFeedback();
  const { register, handleSubmit, setError, control, getValues, formState } = useForm<ElectionInput, unknown, ElectionValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/elections').then((m) => m.electionSchema)),
    defaultValues: { electionDate: suggestedDate, extraordinary: false, reason: '', followUpMonths: defaultMonths },
  });
  const extraordinary = useWatch({ control, name: 'extraordinary' });
  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      if (!window.confirm(words.confirm)) return;
      const result = await recordElectionAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      const d = result.data;
      feedback.success(fillTemplate(words.done, { sponsors: d.sponsors, cooperations: d.cooperations, occurrences: d.occurrences }));
      router.refresh();
    },
    () => feedback.error(words.checkFields),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4" aria-label={words.formName}>
      <Textfield
        label={words.day}
        description={words.dayDescription}
        type="date"
        error={formState.errors.electionDate?.message}
        {...register('electionDate')}
      />
      <Checkbox label={words.extraordinary} {...register('extraordinary', { deps: ['electionDate', 'reason'] })} />
      {extraordinary ? (
        <Textfield
          multiline
          rows={2}
          label={words.reason}
          description={words.reasonDescription}
          error={formState.errors.reason?.message}
          {...register('reason')}
        />
      ) : null}
      <Textfield
        label={words.months}
        description={words.monthsDescription}
        inputMode="numeric"
        className="max-w-xs"
        error={formState.errors.followUpMonths?.message}
        {...register('followUpMonths')}
      />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={formState.isSubmitting}>{words.submit}</SubmitButton>
    </form>
  );
}
