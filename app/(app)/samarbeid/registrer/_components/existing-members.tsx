'use client';
// The members of an existing cooperation: municipalities and county municipalities from the
// official list, or other organisations by name, each with its role, a contact person and
// its political and administrative sponsor when they are known.
import { useRef, useState } from 'react';
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import { Button, Fieldset, FieldsetLegend, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ExistingCooperation, ExistingCooperationInput } from '@/lib/pure/validation/existing-cooperation';
import { MEMBER_ROLE_OPTIONS } from '@/lib/pure/validation/existing-cooperation-options';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import { SelectField } from '@/app/_components/select-field';
import { MunicipalityPicker, type MunicipalityChoice } from '@/app/_components/municipality-picker';

export type MunicipalityOption = MunicipalityChoice;

/** The members' words (templates with {name}) in the page's language. */
export interface ExistingMembersWords {
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
  role: string;
  contact: string;
  political: string;
  administrative: string;
  roles: Record<MemberRole, string>;
}

interface Props {
  words: ExistingMembersWords;
  form: UseFormReturn<ExistingCooperationInput, unknown, ExistingCooperation>;
  fields: UseFieldArrayReturn<ExistingCooperationInput, 'members'>;
  municipalities: MunicipalityOption[];
}

const empty = { organisationName: '', role: 'deltaker' as const, contactPerson: '', politicalSponsor: '', administrativeSponsor: '' };

export function ExistingMembers({ words: w, form, fields, municipalities }: Props) {
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
      <FieldsetLegend>{w.legend}</FieldsetLegend>
      <p className="bb-muted mt-1 text-sm">{w.intro}</p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <MunicipalityPicker
            label={w.municipality}
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
            setNote(fillTemplate(w.added, { name: nameOf(pick) }));
            setPick('');
            pickerInput.current?.focus();
          }}
        >
          {w.addMunicipality}
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <Textfield label={w.organisation} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={organisation.trim().length < 2}
          onClick={() => {
            fields.append({ ...empty, kommunenummer: null, organisationName: organisation.trim() }, { shouldFocus: false });
            setNote(fillTemplate(w.added, { name: organisation.trim() }));
            setOrganisation('');
          }}
        >
          {w.addOrganisation}
        </Button>
      </div>
      <p role="status" className="bb-muted mt-2 text-sm">
        {note}
      </p>
      {errors?.message || errors?.root?.message ? <ValidationMessage className="mt-3">{errors.message ?? errors.root?.message}</ValidationMessage> : null}
      {form.formState.errors.registeringKommunenummer?.message ? <ValidationMessage className="mt-3">{form.formState.errors.registeringKommunenummer.message}</ValidationMessage> : null}
      <ol className="mt-6 space-y-4" aria-label={w.chosen}>
        {fields.fields.map((field, i) => {
          const name = field.kommunenummer ? nameOf(field.kommunenummer) : (field.organisationName ?? '');
          const e = errors?.[i];
          return (
            <li key={field.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <strong>{name}</strong>
                <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => {
                    fields.remove(i);
                    setNote(fillTemplate(w.removed, { name }));
                  }}
                  aria-label={fillTemplate(w.removeNamed, { name })}>
                  {w.remove}
                </Button>
              </div>
              {e?.kommunenummer?.message ? <ValidationMessage>{e.kommunenummer.message}</ValidationMessage> : null}
              {e?.organisationName?.message ? <ValidationMessage>{e.organisationName.message}</ValidationMessage> : null}
              <div className="mt-3 grid gap-3 md:grid-cols-2">
                <SelectField label={fillTemplate(w.role, { name })} error={e?.role?.message} {...form.register(`members.${i}.role`)}>
                  {(Object.keys(MEMBER_ROLE_OPTIONS) as MemberRole[]).map((value) => (
                    <option key={value} value={value}>
                      {w.roles[value]}
                    </option>
                  ))}
                </SelectField>
                <Textfield label={fillTemplate(w.contact, { name })} error={e?.contactPerson?.message} {...form.register(`members.${i}.contactPerson`)} />
                <Textfield label={fillTemplate(w.political, { name })} error={e?.politicalSponsor?.message} {...form.register(`members.${i}.politicalSponsor`)} />
                <Textfield label={fillTemplate(w.administrative, { name })} error={e?.administrativeSponsor?.message} {...form.register(`members.${i}.administrativeSponsor`)} />
              </div>
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}
