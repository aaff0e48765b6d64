'use client';
// The members of an existing cooperation: municipalities and county municipalities from the
// official list, or other organisations by name, each with its role, a contact person and
// its political and administrative sponsor when they are known.
import { useRef, useState } from 'react';
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import { Button, Fieldset, FieldsetLegend, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { MEMBER_ROLE_OPTIONS, type ExistingCooperation, type ExistingCooperationInput } from '@/lib/pure/validation/existing-cooperation';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { SelectField } from '@/app/_components/select-field';
import { MunicipalityPicker, type MunicipalityChoice } from '@/app/_components/municipality-picker';

export type MunicipalityOption = MunicipalityChoice;

interface Props {
  form: UseFormReturn<ExistingCooperationInput, unknown, ExistingCooperation>;
  fields: UseFieldArrayReturn<ExistingCooperationInput, 'members'>;
  municipalities: MunicipalityOption[];
}

const empty = { organisationName: '', role: 'deltaker' as const, contactPerson: '', politicalSponsor: '', administrativeSponsor: '' };

export function ExistingMembers({ form, fields, municipalities }: Props) {
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
      <FieldsetLegend>Deltakere</FieldsetLegend>
      <p className="bb-muted mt-1 text-sm">Legg til alle deltakerne med rollen de har i dag. Kontaktperson og sponsorer kan fylles inn senere.</p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <MunicipalityPicker
            label="Kommune eller fylkeskommune"
            municipalities={municipalities}
            exclude={chosen}
            value={pick}
            onChange={setPick}
            inputRef={pickerInput}
          />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={!pick}
          onClick={() => {
            fields.append({ ...empty, kommunenummer: pick }, { shouldFocus: false });
            setNote(`${nameOf(pick)} er lagt til i deltakerlisten.`);
            setPick('');
            pickerInput.current?.focus();
          }}
        >
          Legg til kommune
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <Textfield label="Annen organisasjon" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={organisation.trim().length < 2}
          onClick={() => {
            fields.append({ ...empty, kommunenummer: null, organisationName: organisation.trim() }, { shouldFocus: false });
            setNote(`${organisation.trim()} er lagt til i deltakerlisten.`);
            setOrganisation('');
          }}
        >
          Legg til organisasjon
        </Button>
      </div>
      <p role="status" className="bb-muted mt-2 text-sm">
        {note}
      </p>
      {errors?.message || errors?.root?.message ? <ValidationMessage className="mt-3">{errors.message ?? errors.root?.message}</ValidationMessage> : null}
      {form.formState.errors.registeringKommunenummer?.message ? <ValidationMessage className="mt-3">{form.formState.errors.registeringKommunenummer.message}</ValidationMessage> : null}
      <ol className="mt-6 space-y-4" aria-label="Valgte deltakere">
        {fields.fields.map((field, i) => {
          const name = field.kommunenummer ? nameOf(field.kommunenummer) : (field.organisationName ?? '');
          const e = errors?.[i];
          return (
            <li key={field.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <strong>{name}</strong>
                <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => {
                    fields.remove(i);
                    setNote(`${name} er fjernet fra deltakerlisten.`);
                  }}
                  aria-label={`Fjern ${name}`}>
                  Fjern
                </Button>
              </div>
              {e?.kommunenummer?.message ? <ValidationMessage>{e.kommunenummer.message}</ValidationMessage> : null}
              {e?.organisationName?.message ? <ValidationMessage>{e.organisationName.message}</ValidationMessage> : null}
              <div className="mt-3 grid gap-3 md:grid-cols-2">
                <SelectField label={`Rolle for ${name}`} error={e?.role?.message} {...form.register(`members.${i}.role`)}>
                  {Object.entries(MEMBER_ROLE_OPTIONS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </SelectField>
                <Textfield label={`Kontaktperson for ${name}`} error={e?.contactPerson?.message} {...form.register(`members.${i}.contactPerson`)} />
                <Textfield label={`Politisk sponsor for ${name}`} error={e?.politicalSponsor?.message} {...form.register(`members.${i}.politicalSponsor`)} />
                <Textfield label={`Administrativ sponsor for ${name}`} error={e?.administrativeSponsor?.message} {...form.register(`members.${i}.administrativeSponsor`)} />
              </div>
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}
