'use client';
// Adds a municipality or another organisation: at once while setting up, as a proposal
// (with the day it joins) in a redesign.
import { Controller } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { SelectField } from '@/app/_components/select-field';
import { MunicipalityPicker, type MunicipalityChoice as PickerChoice } from '@/app/_components/municipality-picker';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { AddMemberInput, AddMemberValues } from '@/lib/pure/validation/membership';
import { MEMBER_ROLES, type MemberRole } from '@/lib/pure/domain/dossier';
import { addMemberAction } from '../actions';

export type MunicipalityChoice = PickerChoice;

export function AddMemberForm({
  cooperationId,
  proposal,
  municipalities,
  words,
  roles,
  checkFields,
}: {
  cooperationId: string;
  proposal: boolean;
  municipalities: MunicipalityChoice[];
  /** Catalogue `deltakere.leggTil` in the page's language. */
  words: Messages['deltakere']['leggTil'];
  roles: Readonly<Record<MemberRole, string>>;
  checkFields: string;
}) {
  const feedback = useFeedback();
  const empty: AddMemberInput = { cooperationId, kommunenummer: '', organisationName: '', role: 'samarbeidskommune', effectiveDate: proposal ? '' : null, reason: '' };
  const { register, control, handleSubmit, reset, setError, formState } = useForm<AddMemberInput, unknown, AddMemberValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/membership').then((m) => m.addMemberSchema)), defaultValues: empty });
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
      const name = values.kommunenummer ? fillTemplate(words.municipalityName, { name: (chosen ? municipalityLabel(chosen) : values.kommunenummer) ?? '' }) : values.organisationName;
      reset(empty);
      feedback.success(fillTemplate(proposal ? words.proposedDone : words.added, { name: name ?? '' }));
    },
    () => feedback.error(checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="ny-deltaker-tittel" className="bb-panel">
      <Heading level={2} id="ny-deltaker-tittel" data-size="sm">
        {proposal ? words.headingProposal : words.heading}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {words.intro}
      </Paragraph>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Controller
          control={control}
          name="kommunenummer"
          render={({ field }) => (
            <MunicipalityPicker label={words.municipality} municipalities={municipalities} value={field.value ?? ''} onChange={field.onChange} error={errors.kommunenummer?.message} />
          )}
        />
        <Textfield label={words.other} autoComplete="off" error={errors.organisationName?.message} {...register('organisationName')} />
        <SelectField label={words.role} error={errors.role?.message} {...register('role')}>
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {roles[r]}
            </option>
          ))}
        </SelectField>
        {proposal ? (
          <Textfield label={words.from} description={words.fromHelp} type="date" error={errors.effectiveDate?.message} {...register('effectiveDate')} />
        ) : null}
      </div>
      {proposal ? <Textfield className="mt-4" label={words.reason} multiline rows={2} error={errors.reason?.message} {...register('reason')} /> : null}
      <FeedbackMessage entry={feedback.entry} className="mt-5" />
      <SubmitButton className="mt-5" pending={formState.isSubmitting}>
        {proposal ? words.submitProposal : words.submit}
      </SubmitButton>
    </form>
  );
}
