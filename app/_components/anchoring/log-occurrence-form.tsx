'use client';
// Logging one occurrence: held (date, case number, minutes), not held, or moved (new date and
// why). The resolver checks the form in the browser; the raw values go to the server, which
// checks them again with the same schema and against the request's clock. Words: props.
import { useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm, radio } from '@/lib/client/forms';
import { formatDate } from '@/lib/pure/format';
import type { LogOccurrenceInput, LogOccurrenceValues } from '@/lib/pure/validation/follow-up';
import { LOGGED_STATUSES } from '@/lib/pure/validation/follow-up-options';
import { logOccurrenceAction } from './actions';
import type { CalendarRow } from '@/lib/pure/calendar/calendar-rows';
import type { Locale } from '@/lib/pure/i18n/locales';
import { fill, type LogWords } from './calendar-words';

const DONE = { holdt: 'doneHoldt', ikke_holdt: 'doneIkkeHoldt', utsatt: 'doneUtsatt' } as const satisfies Record<LogOccurrenceValues['status'], keyof LogWords>;

const FIELD_ORDER = ['status', 'heldDate', 'saksnummer', 'minutesUrl', 'newDate', 'note'] as const;

export function LogOccurrenceForm({
  row,
  today,
  words,
  locale,
  onDone,
  onCancel,
}: {
  row: CalendarRow;
  today: string;
  words: LogWords;
  locale: Locale;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const feedback = useFeedback();
  const form = useForm<LogOccurrenceInput, unknown, LogOccurrenceValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/follow-up').then((m) => m.logOccurrenceSchema)),
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
      onDone(fill(words[DONE[result.data.status]], { body: row.body, member: row.memberName, date: formatDate(row.dueDate, locale) }));
    },
    (failed) => {
      feedback.clear();
      focusFirstError(failed);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Fieldset aria-describedby={errors.status ? id('status-feil') : undefined}>
        <Fieldset.Legend>{words.question}</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {LOGGED_STATUSES.map((s) => (
            <Radio key={s} label={words[s]} {...radio(register, 'status', s)} />
          ))}
        </div>
        {errors.status ? <ValidationMessage id={id('status-feil')}>{errors.status.message}</ValidationMessage> : null}
      </Fieldset>
      {status === 'holdt' ? (
        <div className="grid items-end gap-4 sm:grid-cols-2">
          <Textfield label={words.heldDate} type="date" max={today} error={errors.heldDate?.message} {...register('heldDate')} />
          <Textfield
            label={words.caseNumber}
            description={words.caseHint}
            autoComplete="off"
            error={errors.saksnummer?.message}
            {...register('saksnummer')}
          />
          <Textfield
            className="sm:col-span-2"
            label={words.minutes}
            type="url"
            inputMode="url"
            autoComplete="off"
            error={errors.minutesUrl?.message}
            {...register('minutesUrl')}
          />
        </div>
      ) : null}
      {status === 'utsatt' ? (
        <Textfield label={words.newDate} type="date" min={today} error={errors.newDate?.message} {...register('newDate')} />
      ) : null}
      <Textfield
        label={status === 'utsatt' ? words.whyMoved : status === 'ikke_holdt' ? words.whyNot : words.comment}
        multiline
        rows={2}
        error={errors.note?.message}
        {...register('note')}
      />
      <FeedbackMessage entry={feedback.entry} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={formState.isSubmitting}>{words.save}</SubmitButton>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {words.cancel}
        </Button>
      </div>
    </form>
  );
}
