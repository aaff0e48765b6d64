'use client';
// Governing bodies: name, kind, seats per member and whether the chair rotates (rotating
// leadership is a design instrument of its own, IRIS/KS 2013 table 3.1).
import { useFormContext } from 'react-hook-form';
import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import { BODY_KIND_LABELS, BODY_KINDS, emptyBodyInput, MAX_BODIES, type DesignInput } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';
import { RemovableRow, RowList, useRemovableRows } from '@/app/_components/removable-rows';
import type { DesignMember } from './member-roles-section';

export function BodiesSection({ members }: { members: DesignMember[] }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const rows = useRemovableRows(control, 'bodies', { focus: 'name' });

  return (
    <FormSection
      title="Styringsorganer"
      section="design.organer"
      description="Organene der deltakerne styrer samarbeidet, for eksempel representantskap, styre eller felles folkevalgt nemnd."
    >
      <RowList
        look="stack"
        empty="Ingen organer er lagt inn ennå."
        add={{
          label: 'Legg til organ',
          onClick: () => rows.add(emptyBodyInput(members.map((m) => m.id))),
          disabled: rows.fields.length >= MAX_BODIES,
        }}
      >
        {rows.fields.map((field, i) => {
          const e = errors.bodies?.[i];
          return (
            <RemovableRow key={field.key} look="stack" title={`Organ ${i + 1}`} onRemove={() => rows.remove(i)}>
              <input type="hidden" {...register(`bodies.${i}.id`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <Textfield label="Navn" error={e?.name?.message} {...register(`bodies.${i}.name`)} />
                <SelectField label="Type organ" error={e?.kind?.message} {...register(`bodies.${i}.kind`)}>
                  {BODY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {BODY_KIND_LABELS[k]}
                    </option>
                  ))}
                </SelectField>
              </div>
              <Fieldset>
                <Fieldset.Legend className="text-base">Plasser per deltaker</Fieldset.Legend>
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                  {members.map((m) => (
                    <Textfield
                      key={m.id}
                      label={m.name}
                      data-size="sm"
                      inputMode="numeric"
                      autoComplete="off"
                      error={e?.seats?.[m.id]?.message}
                      {...register(`bodies.${i}.seats.${m.id}`)}
                    />
                  ))}
                </div>
              </Fieldset>
              <Checkbox label="Ledervervet går på omgang mellom deltakerne" {...register(`bodies.${i}.rotatingChair`)} />
            </RemovableRow>
          );
        })}
      </RowList>
    </FormSection>
  );
}
