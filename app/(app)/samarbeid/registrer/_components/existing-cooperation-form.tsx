'use client';
// The form for registering a cooperation that already runs: what it is, when it started,
// its legal form and organisation number, and its members with role, contact and sponsors.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Fieldset, FieldsetLegend, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/client/forms';
import { changeInitiator, describeInitiatorChange } from '@/lib/pure/domain/initiator-change';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { existingCooperationSchema, type ExistingCooperation, type ExistingCooperationInput } from '@/lib/pure/validation/existing-cooperation';
import { SelectField } from '@/app/_components/select-field';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { registerExistingAction } from '../actions';
import { ExistingMembers, type MunicipalityOption } from './existing-members';
import type { LegalFormGroup } from './legal-form-options';

interface Props {
  ownMunicipalities: string[];
  municipalities: MunicipalityOption[];
  taskAreas: { id: number; name: string; sector: string }[];
  legalForms: LegalFormGroup[];
}

export function ExistingCooperationForm({ ownMunicipalities, municipalities, taskAreas, legalForms }: Props) {
  const feedback = useFeedback();
  const registering = ownMunicipalities.length === 1 ? ownMunicipalities[0]! : '';
  const form = useForm<ExistingCooperationInput, unknown, ExistingCooperation>({
    resolver: useZodResolver(existingCooperationSchema),
    defaultValues: {
      registeringKommunenummer: registering,
      name: '',
      purpose: '',
      taskAreaId: '' as unknown as number,
      legalForm: '' as ExistingCooperationInput['legalForm'],
      startDate: '',
      organisationNumber: '',
      agreementUrl: '',
      operativeLeader: '',
      isPublic: true,
      members: registering ? [{ kommunenummer: registering, organisationName: '', role: 'deltaker', contactPerson: '', politicalSponsor: '', administrativeSponsor: '' }] : [],
    },
  });
  const { register, handleSubmit, setError, control, formState } = form;
  const members = useFieldArray({ control, name: 'members' });
  const errors = formState.errors;
  const sectors = [...new Set(taskAreas.map((a) => a.sector))];
  const nameOf = (k: string) => {
    const m = municipalities.find((x) => x.kommunenummer === k);
    return m ? municipalityLabel(m) : k;
  };

  // The registering municipality must be a member: choosing it adds it, and changing it
  // swaps an entry the user has not filled in. The note says what happened.
  const [previousRegistering, setPreviousRegistering] = useState(registering);
  const [registeringNote, setRegisteringNote] = useState('');
  const onRegisteringChange = (next: string) => {
    const change = changeInitiator(
      form.getValues('members'),
      previousRegistering,
      next,
      (kommunenummer) => ({ kommunenummer, organisationName: '', role: 'deltaker' as const, contactPerson: '', politicalSponsor: '', administrativeSponsor: '' }),
      (m) => (m.role ?? 'deltaker') === 'deltaker' && ![m.contactPerson, m.politicalSponsor, m.administrativeSponsor].some((v) => v?.trim()),
    );
    setPreviousRegistering(next);
    members.replace(change.members);
    setRegisteringNote(describeInitiatorChange(change, next, nameOf, 'registrerer nå samarbeidet'));
  };

  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const values = form.getValues();
      const result = await registerExistingAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      form.reset(undefined, { keepValues: true });
      feedback.successThenGo(`Samarbeidet «${values.name.trim()}» er registrert og står i drift.`, `/samarbeid/${result.data.id}`);
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl space-y-8">
      <Fieldset className="bb-panel">
        <FieldsetLegend>Samarbeidet</FieldsetLegend>
        <div className="mt-4 space-y-4">
          {ownMunicipalities.length > 1 ? (
            <div>
              <SelectField
                label="Kommunen som registrerer"
                description="Kommunen blir også deltaker."
                error={errors.registeringKommunenummer?.message}
                {...register('registeringKommunenummer', { onChange: (e: { target: { value: string } }) => onRegisteringChange(e.target.value) })}
              >
                <option value="">Velg kommune</option>
                {ownMunicipalities.map((k) => (
                  <option key={k} value={k}>
                    {nameOf(k)}
                  </option>
                ))}
              </SelectField>
              <p role="status" className="mt-2 text-sm">
                {registeringNote}
              </p>
            </div>
          ) : null}
          <Textfield label="Navn på samarbeidet" error={errors.name?.message} {...register('name')} />
          <Textfield label="Formål (valgfritt)" multiline rows={2} error={errors.purpose?.message} {...register('purpose')} />
          <div className="grid gap-4 md:grid-cols-2">
            <SelectField label="Oppgavefelt" error={errors.taskAreaId?.message} {...register('taskAreaId')}>
              <option value="">Velg oppgavefelt</option>
              {sectors.map((sector) => (
                <optgroup key={sector} label={sector}>
                  {taskAreas
                    .filter((a) => a.sector === sector)
                    .map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </SelectField>
            <Textfield label="Startdato" description="Da samarbeidet startet, som dd.mm.åååå." inputMode="numeric" autoComplete="off" error={errors.startDate?.message} {...register('startDate')} />
          </div>
        </div>
      </Fieldset>
      <Fieldset className="bb-panel">
        <FieldsetLegend>Organisering</FieldsetLegend>
        <div className="mt-4 space-y-4">
          <SelectField label="Organisasjonsform" description="Alle former kan velges, også eldre former etter kommuneloven 1992." error={errors.legalForm?.message} {...register('legalForm')}>
            <option value="">Velg organisasjonsform</option>
            {legalForms.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.forms.map((f) => (
                  <option key={f.code} value={f.code}>
                    {f.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <div className="grid gap-4 md:grid-cols-2">
            <Textfield label="Organisasjonsnummer (valgfritt)" description="Ni sifre fra Enhetsregisteret." inputMode="numeric" autoComplete="off" error={errors.organisationNumber?.message} {...register('organisationNumber')} />
            <Textfield label="Operativ leder (valgfritt)" error={errors.operativeLeader?.message} {...register('operativeLeader')} />
          </div>
          <Textfield label="Lenke til avtale eller vedtekter (valgfritt)" type="url" error={errors.agreementUrl?.message} {...register('agreementUrl')} />
          <Checkbox label="Vis samarbeidet i det offentlige registeret (innsyn)" {...register('isPublic')} />
        </div>
      </Fieldset>
      <ExistingMembers form={form} fields={members} municipalities={municipalities} />
      <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting || feedback.going} message={feedback.entry} label="Registrer samarbeidet" />
    </form>
  );
}
