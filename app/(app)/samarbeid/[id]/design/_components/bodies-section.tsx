'use client';
// Governing bodies: name, kind, seats per member and whether the chair rotates (rotating
// leadership is a design instrument of its own, IRIS/KS 2013 table 3.1).
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import { BODY_KIND_LABELS, BODY_KINDS, emptyBodyInput, MAX_BODIES, type DesignInput } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';
import type { DesignMember } from './member-roles-section';

export function BodiesSection({ members }: { members: DesignMember[] }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'bodies', keyName: 'key' });

  return (
    <FormSection
      title="Styringsorganer"
      section="design.organer"
      description="Organene der deltakerne styrer samarbeidet, for eksempel representantskap, styre eller felles folkevalgt nemnd."
    >
      {fields.length === 0 ? <Paragraph data-size="sm">Ingen organer er lagt inn ennå.</Paragraph> : null}
      <ol className="flex flex-col gap-4">
        {fields.map((field, i) => {
          const e = errors.bodies?.[i];
          return (
            <li key={field.key}>
              <Fieldset className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
                <Fieldset.Legend>Organ {i + 1}</Fieldset.Legend>
                <input type="hidden" {...register(`bodies.${i}.id`)} />
                <div className="flex flex-col gap-4">
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
                  <div>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
                      Fjern organ {i + 1}
                    </Button>
                  </div>
                </div>
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => append(emptyBodyInput(members.map((m) => m.id)), { focusName: `bodies.${fields.length}.name` })}
          disabled={fields.length >= MAX_BODIES}
        >
          Legg til organ
        </Button>
      </div>
    </FormSection>
  );
}
