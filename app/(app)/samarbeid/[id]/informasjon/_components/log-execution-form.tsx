'use client';
// Logging that an item of the information plan was carried out: date, what was done, a link.
// Opened from a button so the plan stays readable; the raw values go to the server, which
// validates them again with the same schema.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { FIX_FIELDS_MESSAGE } from '@/app/_components/phase/edit-notice';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors } from '@/lib/client/forms';
import { logExecutionSchema, type LogExecutionInput, type LogExecutionValues } from '@/lib/pure/validation/follow-up';
import { logExecutionAction } from '../actions';

export function LogExecutionForm({ cooperationId, itemId, itemLabel, today }: { cooperationId: string; itemId: string; itemLabel: string; today: string }) {
  const router = useRouter();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const feedback = useFeedback();
  const entry = feedback.entry;
  const empty: LogExecutionInput = { cooperationId, informationItemId: itemId, executedOn: today, description: '', url: '' };
  const form = useForm<LogExecutionInput, unknown, LogExecutionValues>({ resolver: useZodResolver(logExecutionSchema), defaultValues: empty });
  const { register, handleSubmit, reset, setError, formState } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const result = await logExecutionAction(form.getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset(empty);
      setOpen(false);
      feedback.success('Gjennomføringen er registrert.');
      router.refresh();
    },
    () => feedback.error(FIX_FIELDS_MESSAGE),
  );

  return (
    <div className="mt-3">
      {/* The form closes after a save: the confirmation stands where the button comes back. */}
      <FeedbackMessage entry={entry?.feedback.ok ? entry : null} className="mb-3" />
      {open ? null : (
        <Button
          variant="secondary"
          data-size="sm"
          aria-expanded={false}
          aria-controls={formId}
          aria-label={`Registrer gjennomføring: ${itemLabel}`}
          onClick={() => {
            feedback.clear();
            setOpen(true);
            requestAnimationFrame(() => form.setFocus('executedOn'));
          }}
        >
          Registrer gjennomføring
        </Button>
      )}
      {open ? (
        <form id={formId} onSubmit={onSubmit} noValidate aria-label={`Registrer gjennomføring: ${itemLabel}`} className="space-y-4 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
            <Textfield label="Dato" type="date" max={today} error={errors.executedOn?.message} {...register('executedOn')} />
            <Textfield label="Hva ble gjort" autoComplete="off" error={errors.description?.message} {...register('description')} />
          </div>
          <Textfield
            label="Lenke (valgfritt)"
            description="Til saken, nyhetsbrevet, referatet eller nettsiden."
            type="url"
            inputMode="url"
            autoComplete="off"
            error={errors.url?.message}
            {...register('url')}
          />
          <FeedbackMessage entry={entry && !entry.feedback.ok ? entry : null} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton data-size="sm" pending={formState.isSubmitting}>
              Lagre
            </SubmitButton>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(false)}>
              Avbryt
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
