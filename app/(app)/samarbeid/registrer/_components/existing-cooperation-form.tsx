'use client';
// The form for registering a cooperation that already runs: what it is, when it started,
// its legal form and organisation number, and its members with role, contact and sponsors.
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Fieldset, FieldsetLegend, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import { changeInitiator, describeInitiatorChange, type InitiatorChangeWords } from '@/lib/pure/domain/initiator-change';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import type { ExistingCooperation, ExistingCooperationInput } from '@/lib/pure/validation/existing-cooperation';
import { SelectField } from '@/app/_components/select-field';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { registerExistingAction } from '../actions';
import { ExistingMembers, type ExistingMembersWords, type MunicipalityOption } from './existing-members';
import type { LegalFormGroup } from './legal-form-options';

/** The form's words in the page's language (page.tsx); templates hold {name}-like placeholders. */
export interface ExistingCooperationWords {
  form: {
    cooperation: string;
    registering: string;
    registeringHelp: string;
    chooseMunicipality: string;
    name: string;
    purpose: string;
    taskArea: string;
    chooseTaskArea: string;
    startDate: string;
    startDateHelp: string;
    organising: string;
    legalForm: string;
    legalFormHelp: string;
    chooseLegalForm: string;
    organisationNumber: string;
    organisationNumberHelp: string;
    operativeLeader: string;
    agreementUrl: string;
    isPublic: string;
    submit: string;
  };
  /** «Samarbeidet «{name}» er registrert og står i drift.» */
  registered: string;
  checkFields: string;
  initiative: InitiatorChangeWords;
  members: ExistingMembersWords;
}

interface Props {
  words: ExistingCooperationWords;
  ownMunicipalities: string[];
  municipalities: MunicipalityOption[];
  taskAreas: { id: number; name: string; sector: string }[];
  legalForms: LegalFormGroup[];
}

export function ExistingCooperationForm({ words, ownMunicipalities, municipalities, taskAreas, legalForms }: Props) {
  const w = words.form;
  const feedback = useFeedback();
  const registering = ownMunicipalities.length === 1 ? ownMunicipalities[0]! : '';
  const form = useForm<ExistingCooperationInput, unknown, ExistingCooperation>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/existing-cooperation').then((m) => m.existingCooperationSchema)),
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
    setRegisteringNote(describeInitiatorChange(change, next, nameOf, undefined, words.initiative));
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
      feedback.successThenGo(fillTemplate(words.registered, { name: values.name.trim() }), `/samarbeid/${result.data.id}`);
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl space-y-8">
      <Fieldset className="bb-panel">
        <FieldsetLegend>{w.cooperation}</FieldsetLegend>
        <div className="mt-4 space-y-4">
          {ownMunicipalities.length > 1 ? (
            <div>
              <SelectField
                label={w.registering}
                description={w.registeringHelp}
                error={errors.registeringKommunenummer?.message}
                {...register('registeringKommunenummer', { onChange: (e: { target: { value: string } }) => onRegisteringChange(e.target.value) })}
              >
                <option value="">{w.chooseMunicipality}</option>
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
          <Textfield label={w.name} error={errors.name?.message} {...register('name')} />
          <Textfield label={w.purpose} multiline rows={2} error={errors.purpose?.message} {...register('purpose')} />
          <div className="grid gap-4 md:grid-cols-2">
            <SelectField label={w.taskArea} error={errors.taskAreaId?.message} {...register('taskAreaId')}>
              <option value="">{w.chooseTaskArea}</option>
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
            <Textfield label={w.startDate} description={w.startDateHelp} inputMode="numeric" autoComplete="off" error={errors.startDate?.message} {...register('startDate')} />
          </div>
        </div>
      </Fieldset>
      <Fieldset className="bb-panel">
        <FieldsetLegend>{w.organising}</FieldsetLegend>
        <div className="mt-4 space-y-4">
          <SelectField label={w.legalForm} description={w.legalFormHelp} error={errors.legalForm?.message} {...register('legalForm')}>
            <option value="">{w.chooseLegalForm}</option>
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
            <Textfield label={w.organisationNumber} description={w.organisationNumberHelp} inputMode="numeric" autoComplete="off" error={errors.organisationNumber?.message} {...register('organisationNumber')} />
            <Textfield label={w.operativeLeader} error={errors.operativeLeader?.message} {...register('operativeLeader')} />
          </div>
          <Textfield label={w.agreementUrl} type="url" error={errors.agreementUrl?.message} {...register('agreementUrl')} />
          <Checkbox label={w.isPublic} {...register('isPublic')} />
        </div>
      </Fieldset>
      <ExistingMembers form={form} fields={members} municipalities={municipalities} words={words.members} />
      <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting || feedback.going} message={feedback.entry} label={w.submit} />
    </form>
  );
}
