'use client';
// The cooperation's own notice period for case documents; empty means the default.
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { FIX_FIELDS_MESSAGE } from '@/app/_components/phase/edit-notice';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors } from '@/lib/client/forms';
import { noticeDaysSchema, type NoticeDaysInput, type NoticeDaysValues } from '@/lib/pure/validation/bodies';
import { saveNoticeDaysAction } from '../actions';

export function NoticeDaysForm({ cooperationId, days, defaultDays }: { cooperationId: string; days: number | null; defaultDays: number }) {
  const router = useRouter();
  const feedback = useFeedback();
  const { register, handleSubmit, setError, getValues, formState } = useForm<NoticeDaysInput, unknown, NoticeDaysValues>({
    resolver: useZodResolver(noticeDaysSchema),
    defaultValues: { cooperationId, days: days === null ? '' : String(days) },
  });
  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const result = await saveNoticeDaysAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      const d = result.data.days;
      feedback.success(d === null ? `Fristen er satt tilbake til standard, ${defaultDays} dager.` : `Fristen er ${d} dager før møtet.`);
      router.refresh();
    },
    () => feedback.error(FIX_FIELDS_MESSAGE),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Frist for saksdokumenter">
      <div className="flex flex-wrap items-end gap-3">
        <Textfield
          label="Samarbeidets egen frist (dager før møtet)"
          description={`La feltet stå tomt for å bruke standard, ${defaultDays} dager.`}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-xs"
          error={formState.errors.days?.message}
          {...register('days')}
        />
        <SubmitButton variant="secondary" pending={formState.isSubmitting}>
          Lagre fristen
        </SubmitButton>
      </div>
      <FeedbackMessage entry={feedback.entry} />
    </form>
  );
}
