'use client';
// Logging that an item of the information plan was carried out: date, what was done, a link.
// Opened from a button so the plan stays readable; the raw values go to the server, which
// validates them again with the same schema.
import { useId, useState } from 'react';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { LogExecutionInput, LogExecutionValues } from '@/lib/pure/validation/follow-up';
import { logExecutionAction } from '../actions';

export function LogExecutionForm({
  cooperationId,
  itemId,
  itemLabel,
  today,
  words,
  fixFields,
}: {
  cooperationId: string;
  itemId: string;
  itemLabel: string;
  today: string;
  /** Catalogue `informasjon.skjema` in the page's language. */
  words: Messages['informasjon']['skjema'];
  fixFields: string;
}) {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const feedback = useFeedback();
  const entry = feedback.entry;
  const empty: LogExecutionInput = { cooperationId, informationItemId: itemId, executedOn: today, description: '', url: '' };
  const form = useForm<LogExecutionInput, unknown, LogExecutionValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/follow-up').then((m) => m.logExecutionSchema)), defaultValues: empty });
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
      feedback.success(words.saved);
    },
    () => feedback.error(fixFields),
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
          aria-label={fillTemplate(words.label, { item: itemLabel })}
          onClick={() => {
            feedback.clear();
            setOpen(true);
            requestAnimationFrame(() => form.setFocus('executedOn'));
          }}
        >
          {words.open}
        </Button>
      )}
      {open ? (
        <form id={formId} onSubmit={onSubmit} noValidate aria-label={fillTemplate(words.label, { item: itemLabel })} className="space-y-4 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
            <Textfield label={words.date} type="date" max={today} error={errors.executedOn?.message} {...register('executedOn')} />
            <Textfield label={words.what} autoComplete="off" error={errors.description?.message} {...register('description')} />
          </div>
          <Textfield
            label={words.url}
            description={words.urlHelp}
            type="url"
            inputMode="url"
            autoComplete="off"
            error={errors.url?.message}
            {...register('url')}
          />
          <FeedbackMessage entry={entry && !entry.feedback.ok ? entry : null} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton data-size="sm" pending={formState.isSubmitting}>
              {words.save}
            </SubmitButton>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(false)}>
              {words.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
