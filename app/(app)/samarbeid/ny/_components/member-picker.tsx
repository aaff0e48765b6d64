'use client';
// Members of a new cooperation: municipalities picked from the official list, or other
// organisations by name (for partnership forms), each with the benefit it expects.
import { useRef, useState } from 'react';
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import { Button, Fieldset, FieldsetLegend, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { NewCooperation, NewCooperationInput } from '@/lib/pure/validation/cooperation';
import { municipalityLabel } from '@/lib/pure/domain/municipality-search';
import { MunicipalityPicker, type MunicipalityChoice } from '@/app/_components/municipality-picker';

export type MunicipalityOption = MunicipalityChoice;

interface Props {
  form: UseFormReturn<NewCooperationInput, unknown, NewCooperation>;
  fields: UseFieldArrayReturn<NewCooperationInput, 'members'>;
  municipalities: MunicipalityOption[];
}

export function MemberPicker({ form, fields, municipalities }: Props) {
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
      <p className="bb-muted mt-1 text-sm">Legg til kommunene som skal være med. Roller (vertskommune, samarbeidskommune …) velger dere i designfasen.</p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-[min(18rem,100%)] flex-1">
          <MunicipalityPicker label="Kommune" municipalities={municipalities} exclude={chosen} value={pick} onChange={setPick} inputRef={pickerInput} />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={!pick}
          onClick={() => {
            fields.append({ kommunenummer: pick, organisationName: '', expectedBenefit: '' }, { shouldFocus: false });
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
          <Textfield label="Annen organisasjon (for partnerskap)" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={organisation.trim().length < 2}
          onClick={() => {
            fields.append({ kommunenummer: null, organisationName: organisation.trim(), expectedBenefit: '' }, { shouldFocus: false });
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
      <ol className="mt-6 space-y-4" aria-label="Valgte deltakere">
        {fields.fields.map((field, i) => {
          const name = field.kommunenummer ? nameOf(field.kommunenummer) : (field.organisationName ?? '');
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
              {errors?.[i]?.kommunenummer?.message ? <ValidationMessage>{errors[i]?.kommunenummer?.message}</ValidationMessage> : null}
              {errors?.[i]?.organisationName?.message ? <ValidationMessage>{errors[i]?.organisationName?.message}</ValidationMessage> : null}
              <div className="mt-3">
                <Textfield label={`Forventet nytte for ${name}`} multiline rows={2} error={errors?.[i]?.expectedBenefit?.message} {...form.register(`members.${i}.expectedBenefit`)} />
              </div>
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}
