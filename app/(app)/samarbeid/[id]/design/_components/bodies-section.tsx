'use client';
// Governing bodies: name, kind, seats per member and whether the chair rotates (rotating
// leadership is a design instrument of its own, IRIS/KS 2013 table 3.1).
import { useFormContext } from 'react-hook-form';
import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import type { BodyKind, DesignInput } from '@/lib/pure/validation/phases/design';
import { BODY_KINDS, emptyBodyInput, MAX_BODIES } from '@/lib/pure/validation/phases/design-options';
import { fill } from '@/lib/pure/domain/inline-words';
import { FormSection } from '@/app/_components/phase/form-section';
import { RemovableRow, RowList, useRemovableRows } from '@/app/_components/removable-rows';
import type { DesignMember } from './member-roles-section';
import type { DesignWords } from './words';

type Words = DesignWords['organer'];

/** The catalogue keys of the body kinds (the codes are Norwegian words, some with æøå). */
const KIND_KEYS: Record<BodyKind, keyof Words['kinds']> = {
  representantskap: 'representantskap',
  styre: 'styre',
  felles_folkevalgt_nemnd: 'felles_folkevalgt_nemnd',
  samarbeidsutvalg: 'samarbeidsutvalg',
  arbeidsutvalg: 'arbeidsutvalg',
  styringsgruppe: 'styringsgruppe',
  generalforsamling: 'generalforsamling',
  årsmøte: 'aarsmote',
  eiermøte: 'eiermote',
  fagråd: 'fagraad',
  annet: 'annet',
};

export function BodiesSection({ members, words }: { members: DesignMember[]; words: Words }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const rows = useRemovableRows(control, 'bodies', { focus: 'name' });

  return (
    <FormSection title={words.title} section="design.organer" description={words.description}>
      <RowList
        look="stack"
        empty={words.empty}
        add={{
          label: words.add,
          onClick: () => rows.add(emptyBodyInput(members.map((m) => m.id))),
          disabled: rows.fields.length >= MAX_BODIES,
        }}
      >
        {rows.fields.map((field, i) => {
          const e = errors.bodies?.[i];
          return (
            <RemovableRow key={field.key} look="stack" title={fill(words.body, { n: i + 1 })} onRemove={() => rows.remove(i)}>
              <input type="hidden" {...register(`bodies.${i}.id`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <Textfield label={words.name} error={e?.name?.message} {...register(`bodies.${i}.name`)} />
                <SelectField label={words.kind} error={e?.kind?.message} {...register(`bodies.${i}.kind`)}>
                  {BODY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {words.kinds[KIND_KEYS[k]]}
                    </option>
                  ))}
                </SelectField>
              </div>
              <Fieldset>
                <Fieldset.Legend className="text-base">{words.seats}</Fieldset.Legend>
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
              <Checkbox label={words.rotatingChair} {...register(`bodies.${i}.rotatingChair`)} />
            </RemovableRow>
          );
        })}
      </RowList>
    </FormSection>
  );
}
