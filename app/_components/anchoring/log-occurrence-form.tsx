'use client';
// Logging one occurrence: held (date, case number, minutes), not held, or moved (new date and
// why). The resolver checks the form in the browser; the raw values go to the server, which
// checks them again with the same schema and against the request's clock.
import { useForm, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors } from '@/lib/client/forms';
import { formatDate } from '@/lib/pure/format';
import { LOGGED_STATUSES, LOGGED_STATUS_LABELS, logOccurrenceSchema, type LogOccurrenceInput, type LogOccurrenceValues } from '@/lib/pure/validation/follow-up';
import { logOccurrenceAction } from './actions';
import type { CalendarRow } from '@/lib/pure/calendar/calendar-rows';

const SUCCESS: Record<LogOccurrenceValues['status'], string> = {
  holdt: 'er registrert som holdt',
  ikke_holdt: 'er registrert som ikke holdt',
  utsatt: 'er flyttet til ny dato',
};

const FIELD_ORDER = ['status', 'heldDate', 'saksnummer', 'minutesUrl', 'newDate', 'note'] as const;

export function LogOccurrenceForm({ row, today, onDone, onCancel }: { row: CalendarRow; today: string; onDone: (message: string) => void; onCancel: () => void }) {
  const feedback = useFeedback();
  const form = useForm<LogOccurrenceInput, unknown, LogOccurrenceValues>({
    resolver: useZodResolver(logOccurrenceSchema),
    // Fields appear and disappear with the outcome, so focus the first error in reading order.
    shouldFocusError: false,
    defaultValues: {
      cooperationId: row.cooperationId,
      occurrenceId: row.id,
      status: row.status === 'planlagt' || row.status === 'utsatt' ? 'holdt' : row.status,
      heldDate: row.heldDate ?? '',
      saksnummer: row.saksnummer ?? '',
      minutesUrl: row.minutesUrl ?? '',
      newDate: row.movedTo ?? '',
      note: row.note ?? '',
    },
  });
  const { register, handleSubmit, setError, control, formState } = form;
  const errors = formState.errors;
  const status = useWatch({ control, name: 'status' });
  const id = (name: string) => `logg-${row.id}-${name}`;

  const focusFirstError = (failed: Partial<Record<string, unknown>>) => {
    const first = FIELD_ORDER.find((f) => failed[f]);
    if (first) form.setFocus(first);
  };

  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const result = await logOccurrenceAction(form.getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        focusFirstError(result.fieldErrors ?? {});
        return;
      }
      onDone(`${row.body} i ${row.memberName} (frist ${formatDate(row.dueDate)}) ${SUCCESS[result.data.status]}.`);
    },
    (failed) => {
      feedback.clear();
      focusFirstError(failed);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Fieldset aria-describedby={errors.status ? id('status-feil') : undefined}>
        <Fieldset.Legend>Hva skjedde?</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {LOGGED_STATUSES.map((s) => (
            <Radio key={s} label={LOGGED_STATUS_LABELS[s]} value={s} {...register('status')} />
          ))}
        </div>
        {errors.status ? <ValidationMessage id={id('status-feil')}>{errors.status.message}</ValidationMessage> : null}
      </Fieldset>
      {status === 'holdt' ? (
        <div className="grid items-end gap-4 sm:grid-cols-2">
          <Textfield label="Dato holdt" type="date" max={today} error={errors.heldDate?.message} {...register('heldDate')} />
          <Textfield
            label="Saksnummer (hvis saken har et)"
            description="For eksempel 26/1234."
            autoComplete="off"
            error={errors.saksnummer?.message}
            {...register('saksnummer')}
          />
          <Textfield
            className="sm:col-span-2"
            label="Lenke til referat eller protokoll (valgfritt)"
            type="url"
            inputMode="url"
            autoComplete="off"
            error={errors.minutesUrl?.message}
            {...register('minutesUrl')}
          />
        </div>
      ) : null}
      {status === 'utsatt' ? (
        <Textfield label="Ny dato" type="date" min={today} error={errors.newDate?.message} {...register('newDate')} />
      ) : null}
      <Textfield
        label={status === 'utsatt' ? 'Hvorfor ble forankringen flyttet?' : status === 'ikke_holdt' ? 'Hvorfor ble den ikke holdt? (valgfritt)' : 'Kommentar (valgfritt)'}
        multiline
        rows={2}
        error={errors.note?.message}
        {...register('note')}
      />
      <FeedbackMessage entry={feedback.entry} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={formState.isSubmitting}>Lagre</SubmitButton>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
