'use client';
// Members of a new cooperation: municipalities picked from the official list, or other
// organisations by name (for partnership forms), each with the benefit it expects. Its words
// come from the page ("{name}" in a template stands for the member's name); field messages are
// still bokmål.
import { useRef, useState } from 'react';
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import { Button, Fieldset, FieldsetLegend, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { NewCooperation, NewCooperationInput } from '@/lib/pure/validation/cooperation';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { MunicipalityPicker, type MunicipalityChoice } from '@/app/_components/municipality-picker';

export type MunicipalityOption = MunicipalityChoice;

export interface MemberPickerWords {
  legend: string;
  intro: string;
  municipality: string;
  addMunicipality: string;
  organisation: string;
  addOrganisation: string;
  added: string;
  removed: string;
  chosen: string;
  remove: string;
  removeNamed: string;
  benefit: string;
}

const named = (template: string, name: string) => template.replace('{name}', name);

interface Props {
  words: MemberPickerWords;
  form: UseFormReturn<NewCooperationInput, unknown, NewCooperation>;
  fields: UseFieldArrayReturn<NewCooperationInput, 'members'>;
  municipalities: MunicipalityOption[];
}

export function MemberPicker({ form, fields, municipalities, words }: Props) {
  const [pick, setPick] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [note, setNote] = useState('');
  const pickerInput = useRef<HTMLInputElement>(null);
  const errors = form.formState.errors.members;
  const chosen = form.watch('members').flatMap((m) => (m.kommunenummer ? [m.kommunenummer] : []));
  const nameOf = (k: string | null | undefined) => {
    const m = municipalities.find((x) => x.kommunenummer === k);
    return m ? municipalityLabel(m) : (k ?? '');
  };

  return (
    <Fieldset className="bb-panel">
      <FieldsetLegend>{words.legend}</FieldsetLegend>
      <p className="bb-muted mt-1 text-sm">{words.intro}</p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <MunicipalityPicker label={words.municipality} municipalities={municipalities} exclude={chosen} value={pick} onChange={setPick} inputRef={pickerInput} />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={!pick}
          onClick={() => {
            fields.append({ kommunenummer: pick, organisationName: '', expectedBenefit: '' }, { shouldFocus: false });
            setNote(named(words.added, nameOf(pick)));
            setPick('');
            pickerInput.current?.focus();
          }}
        >
          {words.addMunicipality}
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <Textfield label={words.organisation} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={organisation.trim().length < 2}
          onClick={() => {
            fields.append({ kommunenummer: null, organisationName: organisation.trim(), expectedBenefit: '' }, { shouldFocus: false });
            setNote(named(words.added, organisation.trim()));
            setOrganisation('');
          }}
        >
          {words.addOrganisation}
        </Button>
      </div>
      <p role="status" className="bb-muted mt-2 text-sm">
        {note}
      </p>
      {errors?.message || errors?.root?.message ? <ValidationMessage className="mt-3">{errors.message ?? errors.root?.message}</ValidationMessage> : null}
      <ol className="mt-6 space-y-4" aria-label={words.chosen}>
        {fields.fields.map((field, i) => {
          const name = field.kommunenummer ? nameOf(field.kommunenummer) : (field.organisationName ?? '');
          return (
            <li key={field.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <strong>{name}</strong>
                <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => {
                    fields.remove(i);
                    setNote(named(words.removed, name));
                  }}
                  aria-label={named(words.removeNamed, name)}>
                  {words.remove}
                </Button>
              </div>
              {errors?.[i]?.kommunenummer?.message ? <ValidationMessage>{errors[i]?.kommunenummer?.message}</ValidationMessage> : null}
              {errors?.[i]?.organisationName?.message ? <ValidationMessage>{errors[i]?.organisationName?.message}</ValidationMessage> : null}
              <div className="mt-3">
                <Textfield label={named(words.benefit, name)} multiline rows={2} error={errors?.[i]?.expectedBenefit?.message} {...form.register(`members.${i}.expectedBenefit`)} />
              </div>
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}
