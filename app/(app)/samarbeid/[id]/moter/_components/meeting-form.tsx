'use client';
// A meeting of one of the cooperation's bodies: when it was held, when the case documents
// went out (the rådmannsfelle and «Saksdokumenter sendt ut i tide» read this), and the
// minutes. The same form records a new meeting and corrects one, with the version it was
// loaded with so a save over someone else's change is refused.
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { FIX_FIELDS_MESSAGE } from '@/app/_components/phase/edit-notice';
import { SubmitButton } from '@/app/_components/submit-button';
import { SelectField } from '@/app/_components/select-field';
import { applyFieldErrors } from '@/lib/client/forms';
import { meetingSchema, type MeetingInput, type MeetingValues } from '@/lib/pure/validation/bodies';
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
}: {
  cooperationId: string;
  bodies: BodyOption[];
  /** Absent for a new meeting. */
  initial?: Omit<MeetingInput, 'cooperationId'> & { bodyName: string };
  noticeDays: number;
  onDone?: () => void;
}) {
  const router = useRouter();
  const feedback = useFeedback();
  const empty: MeetingInput = { cooperationId, meetingId: '', expectedVersion: 0, bodyId: bodies.length === 1 ? bodies[0]!.id : '', meetingDate: '', documentsSentDate: '', minutesUrl: '', minutesPublic: false };
  const { register, handleSubmit, reset, setError, getValues, formState } = useForm<MeetingInput, unknown, MeetingValues>({
    resolver: useZodResolver(meetingSchema),
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
      if (result.data.created) feedback.success('Møtet er registrert. Registrer vedtakene fra møtet under det i listen.');
      else if (onDone) feedback.successOnPage('Endringene i møtet er lagret.');
      else feedback.success('Endringene i møtet er lagret.');
      router.refresh();
      onDone?.();
    },
    () => feedback.error(FIX_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={initial ? 'Endre møtet' : 'Registrer møte'}>
      <input type="hidden" {...register('meetingId')} />
      <input type="hidden" {...register('expectedVersion')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Organ" id={`${prefix}-organ`} error={errors.bodyId?.message} {...register('bodyId')}>
          <option value="">Velg organ</option>
          {options.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <Textfield label="Møtedato" type="date" error={errors.meetingDate?.message} {...register('meetingDate')} />
        <Textfield
          label="Saksdokumentene sendt ut"
          description={`Frist: minst ${noticeDays} dager før møtet.`}
          type="date"
          error={errors.documentsSentDate?.message}
          {...register('documentsSentDate')}
        />
      </div>
      <Textfield
        label="Lenke til referat eller protokoll (valgfritt)"
        description="Du kan også laste opp referatet som fil etter at møtet er registrert."
        type="url"
        inputMode="url"
        autoComplete="off"
        error={errors.minutesUrl?.message}
        {...register('minutesUrl')}
      />
      <Checkbox label="Referatet er offentlig og kan vises i innsyn" error={errors.minutesPublic?.message} {...register('minutesPublic')} />
      <FeedbackMessage entry={feedback.entry} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={formState.isSubmitting}>{initial ? 'Lagre møtet' : 'Registrer møtet'}</SubmitButton>
        {onDone && initial ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            Avbryt
          </Button>
        ) : null}
      </div>
    </form>
  );
}
