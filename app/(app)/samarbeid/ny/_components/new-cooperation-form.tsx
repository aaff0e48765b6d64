'use client';
// The new cooperation's form. Its words, the schema's field messages and the server's refusals come
// in the request's language (the page's words, useZodResolver, authedAction).
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Fieldset, FieldsetLegend, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { applyFieldErrors, useForm, radio } from '@/lib/client/forms';
import { changeInitiator, describeInitiatorChange, type InitiatorChangeWords } from '@/lib/pure/domain/initiator-change';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import type { NewCooperation, NewCooperationInput } from '@/lib/pure/validation/cooperation';
import { SelectField } from '@/app/_components/select-field';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { createCooperationAction } from '../actions';
import { MemberPicker, type MemberPickerWords, type MunicipalityOption } from './member-picker';

export interface NewCooperationWords {
  form: {
    nameAndPurpose: string;
    name: string;
    purpose: string;
    purposeHelp: string;
    problem: string;
    problemIntro: string;
    problemWhat: string;
    problemWhy: string;
    problemHow: string;
    taskAreaAndLevel: string;
    taskArea: string;
    chooseTaskArea: string;
    initiator: string;
    initiatorHelp: string;
    level: string;
    submit: string;
  };
  levels: { lokalt: string; regionalt: string; hoyere: string };
  checkFields: string;
  initiative: InitiatorChangeWords;
  members: MemberPickerWords;
}

interface Props {
  words: NewCooperationWords;
  ownMunicipalities: string[];
  municipalities: MunicipalityOption[];
  taskAreas: { id: number; name: string; sector: string }[];
}

export function NewCooperationForm({ ownMunicipalities, municipalities, taskAreas, words }: Props) {
  const w = words.form;
  const feedback = useFeedback();
  const initiator = ownMunicipalities[0]!;
  const form = useForm<NewCooperationInput, unknown, NewCooperation>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/cooperation').then((m) => m.newCooperationSchema)),
    defaultValues: {
      name: '',
      purpose: '',
      problemWhat: '',
      problemWhy: '',
      problemHow: '',
      taskAreaId: '' as unknown as number,
      geographicLevel: 'regionalt',
      initiatingKommunenummer: initiator,
      members: [{ kommunenummer: initiator, organisationName: '', expectedBenefit: '' }],
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

  // The initiator is a member: changing it swaps the member entry (unless the user has
  // written the expected benefit for the old one) and says what happened.
  const [previousInitiator, setPreviousInitiator] = useState(initiator);
  const [initiatorNote, setInitiatorNote] = useState('');
  const onInitiatorChange = (next: string) => {
    const change = changeInitiator(
      form.getValues('members'),
      previousInitiator,
      next,
      (kommunenummer) => ({ kommunenummer, organisationName: '', expectedBenefit: '' }),
      (m) => !m.expectedBenefit?.trim(),
    );
    setPreviousInitiator(next);
    members.replace(change.members);
    setInitiatorNote(describeInitiatorChange(change, next, nameOf, undefined, words.initiative));
  };

  // The server validates what the user typed (the raw form values), with the same schema.
  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const values = form.getValues();
      const result = await createCooperationAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      form.reset(undefined, { keepValues: true });
      feedback.successThenGo(result.data.message, `/samarbeid/${result.data.id}`);
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl space-y-8">
      <Fieldset className="bb-panel">
        <FieldsetLegend>{w.nameAndPurpose}</FieldsetLegend>
        <div className="mt-4 space-y-4">
          <Textfield label={w.name} error={errors.name?.message} {...register('name')} />
          <Textfield label={w.purpose} description={w.purposeHelp} multiline rows={3} error={errors.purpose?.message} {...register('purpose')} />
        </div>
      </Fieldset>
      <Fieldset className="bb-panel">
        <FieldsetLegend>{w.problem}</FieldsetLegend>
        <p className="bb-muted mt-1 text-sm">{w.problemIntro}</p>
        <div className="mt-4 space-y-4">
          <Textfield label={w.problemWhat} multiline rows={3} error={errors.problemWhat?.message} {...register('problemWhat')} />
          <Textfield label={w.problemWhy} multiline rows={3} error={errors.problemWhy?.message} {...register('problemWhy')} />
          <Textfield label={w.problemHow} multiline rows={3} error={errors.problemHow?.message} {...register('problemHow')} />
        </div>
      </Fieldset>
      <Fieldset className="bb-panel">
        <FieldsetLegend>{w.taskAreaAndLevel}</FieldsetLegend>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
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
          <div>
            <SelectField
              label={w.initiator}
              description={w.initiatorHelp}
              error={errors.initiatingKommunenummer?.message}
              {...register('initiatingKommunenummer', { onChange: (e: { target: { value: string } }) => onInitiatorChange(e.target.value) })}
            >
              {ownMunicipalities.map((k) => (
                <option key={k} value={k}>
                  {nameOf(k)}
                </option>
              ))}
            </SelectField>
            <p role="status" className="mt-2 text-sm">
              {initiatorNote}
            </p>
          </div>
        </div>
        <Fieldset className="mt-4">
          <FieldsetLegend>{w.level}</FieldsetLegend>
          <div className="mt-2 flex flex-wrap gap-6">
            {Object.entries(words.levels).map(([value, label]) => (
              <Radio key={value} label={label} {...radio(register, 'geographicLevel', value)} />
            ))}
          </div>
          {errors.geographicLevel?.message ? <ValidationMessage>{errors.geographicLevel.message}</ValidationMessage> : null}
        </Fieldset>
      </Fieldset>
      <MemberPicker form={form} fields={members} municipalities={municipalities} words={words.members} />
      <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting || feedback.going} message={feedback.entry} label={w.submit} />
    </form>
  );
}
