'use client';
// A meeting of one of the cooperation's bodies: when it was held, when the case documents
// went out (the rådmannsfelle and «Saksdokumenter sendt ut i tide» read this), and the
// minutes. The same form records a new meeting and corrects one, with the version it was
// loaded with so a save over someone else's change is refused.
import { useZodResolver } from '@/lib/client/validation';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { SelectField } from '@/app/_components/select-field';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { MeetingInput, MeetingValues } from '@/lib/pure/validation/bodies';
import { saveMeetingAction } from '../actions';

export interface BodyOption {
  id: string;
  name: string;
}

export function MeetingForm({
  cooperationId,
  bodies,
  initial,
  noticeDays,
  onDone,
  words,
  fixFields,
}: {
  cooperationId: string;
  bodies: BodyOption[];
  /** Absent for a new meeting. */
  initial?: Omit<MeetingInput, 'cooperationId'> & { bodyName: string };
  noticeDays: number;
  onDone?: () => void;
  /** Catalogue `moter.skjema` in the page's language. */
  words: Messages['moter']['skjema'];
  fixFields: string;
}) {
  const feedback = useFeedback();
  const empty: MeetingInput = { cooperationId, meetingId: '', expectedVersion: 0, bodyId: bodies.length === 1 ? bodies[0]!.id : '', meetingDate: '', documentsSentDate: '', minutesUrl: '', minutesPublic: false };
  const { register, handleSubmit, reset, setError, getValues, formState } = useForm<MeetingInput, unknown, MeetingValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/bodies').then((m) => m.meetingSchema)),
    defaultValues: initial ? { ...initial, cooperationId } : empty,
  });
  const errors = formState.errors;
  const prefix = initial?.meetingId ? `mote-${initial.meetingId}` : 'nytt-mote';
  // A body removed from the design since stays selectable for its own old meetings.
  const options = initial && !bodies.some((b) => b.id === initial.bodyId) ? [...bodies, { id: initial.bodyId, name: initial.bodyName }] : bodies;

  // The server parses what the user typed with the same schema, so it gets the raw values.
  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const result = await saveMeetingAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      if (result.data.created) reset(empty);
      // An edit closes the form, so the page says it.
      if (result.data.created) feedback.success(words.created);
      else if (onDone) feedback.successOnPage(words.saved);
      else feedback.success(words.saved);
      onDone?.();
    },
    () => feedback.error(fixFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={initial ? words.formEdit : words.formNew}>
      <input type="hidden" {...register('meetingId')} />
      <input type="hidden" {...register('expectedVersion')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={words.body} id={`${prefix}-organ`} error={errors.bodyId?.message} {...register('bodyId')}>
          <option value="">{words.chooseBody}</option>
          {options.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <Textfield label={words.date} type="date" error={errors.meetingDate?.message} {...register('meetingDate')} />
        <Textfield
          label={words.sent}
          description={fillTemplate(words.sentHelp, { days: noticeDays })}
          type="date"
          error={errors.documentsSentDate?.message}
          {...register('documentsSentDate')}
        />
      </div>
      <Textfield
        label={words.minutesUrl}
        description={words.minutesUrlHelp}
        type="url"
        inputMode="url"
        autoComplete="off"
        error={errors.minutesUrl?.message}
        {...register('minutesUrl')}
      />
      <Checkbox label={words.minutesPublic} error={errors.minutesPublic?.message} {...register('minutesPublic')} />
      <FeedbackMessage entry={feedback.entry} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={formState.isSubmitting}>{initial ? words.save : words.create}</SubmitButton>
        {onDone && initial ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {words.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
