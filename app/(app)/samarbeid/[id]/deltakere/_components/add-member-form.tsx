'use client';
// Adds a municipality or another organisation: at once while setting up, as a proposal
// (with the day it joins) in a redesign.
import { Controller, useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { SubmitButton } from '@/app/_components/submit-button';
import { SelectField } from '@/app/_components/select-field';
import { MunicipalityPicker, type MunicipalityChoice as PickerChoice } from '@/app/_components/municipality-picker';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { applyFieldErrors } from '@/lib/client/forms';
import { MEMBER_ROLE_LABELS } from '@/lib/pure/register/row';
import { addMemberSchema, type AddMemberInput, type AddMemberValues } from '@/lib/pure/validation/membership';
import { MEMBER_ROLES } from '@/lib/pure/domain/dossier';
import { addMemberAction } from '../actions';

export type MunicipalityChoice = PickerChoice;

export function AddMemberForm({ cooperationId, proposal, municipalities }: { cooperationId: string; proposal: boolean; municipalities: MunicipalityChoice[] }) {
  const feedback = useFeedback();
  const empty: AddMemberInput = { cooperationId, kommunenummer: '', organisationName: '', role: 'samarbeidskommune', effectiveDate: proposal ? '' : null, reason: '' };
  const { register, control, handleSubmit, reset, setError, formState } = useForm<AddMemberInput, unknown, AddMemberValues>({ resolver: useZodResolver(addMemberSchema), defaultValues: empty });
  const errors = formState.errors;

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await addMemberAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      const chosen = municipalities.find((m) => m.kommunenummer === values.kommunenummer);
      const name = values.kommunenummer ? `${chosen ? municipalityLabel(chosen) : values.kommunenummer} kommune` : values.organisationName;
      reset(empty);
      feedback.success(proposal ? `${name} er foreslått som ny deltaker. Endringen gjelder når deltakerne har vedtatt den.` : `${name} er lagt til som deltaker.`);
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="ny-deltaker-tittel" className="bb-panel">
      <Heading level={2} id="ny-deltaker-tittel" data-size="sm">
        {proposal ? 'Foreslå ny deltaker' : 'Legg til deltaker'}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        Velg en kommune, eller skriv navnet på en annen organisasjon (for eksempel i et partnerskap).
      </Paragraph>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Controller
          control={control}
          name="kommunenummer"
          render={({ field }) => (
            <MunicipalityPicker label="Kommune" municipalities={municipalities} value={field.value ?? ''} onChange={field.onChange} error={errors.kommunenummer?.message} />
          )}
        />
        <Textfield label="Eller annen organisasjon" autoComplete="off" error={errors.organisationName?.message} {...register('organisationName')} />
        <SelectField label="Rolle" error={errors.role?.message} {...register('role')}>
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {MEMBER_ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        {proposal ? (
          <Textfield label="Deltaker fra og med" description="Første dag som deltaker når vedtakene er fattet." type="date" error={errors.effectiveDate?.message} {...register('effectiveDate')} />
        ) : null}
      </div>
      {proposal ? <Textfield className="mt-4" label="Begrunnelse (valgfritt)" multiline rows={2} error={errors.reason?.message} {...register('reason')} /> : null}
      <FeedbackMessage entry={feedback.entry} className="mt-5" />
      <SubmitButton className="mt-5" pending={formState.isSubmitting}>
        {proposal ? 'Foreslå deltaker' : 'Legg til deltaker'}
      </SubmitButton>
    </form>
  );
}
