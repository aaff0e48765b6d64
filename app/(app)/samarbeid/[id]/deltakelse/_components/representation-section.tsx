'use client';
// Representation per member: seats, a named contact person and whether the contact is public.
import { Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { DeltakelseMember } from '@/db/queries/phases/deltakelse';
import type { DeltakelseForm } from './deltakelse-values';
import { SectionTitle } from '@/app/_components/phase/section-rule';

export function RepresentationSection({ form, members }: { form: DeltakelseForm; members: DeltakelseMember[] }) {
  const { register, formState } = form;
  return (
    <section aria-labelledby="representasjon-tittel" className="bb-panel">
      <Heading level={2} id="representasjon-tittel" data-size="sm">
        <SectionTitle id="deltakelse.representasjon">Representasjon</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        Hver deltaker trenger minst én representant i samarbeidets organer og en navngitt kontaktperson.
      </Paragraph>
      <ul className="mt-4 space-y-3">
        {members.map((member, index) => {
          const errors = formState.errors.members?.[index];
          return (
            <li key={member.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
              <Fieldset className="min-w-0">
                <Fieldset.Legend>{member.name}</Fieldset.Legend>
                <div className="mt-2 grid gap-4 sm:grid-cols-[14rem_1fr]">
                  <Textfield
                    label="Antall representanter"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={50}
                    error={errors?.representatives?.message ?? errors?.memberId?.message}
                    {...register(`members.${index}.representatives`, { valueAsNumber: true })}
                  />
                  <Textfield label="Kontaktperson" autoComplete="off" error={errors?.contactPerson?.message} {...register(`members.${index}.contactPerson`)} />
                </div>
                <Checkbox
                  className="mt-3"
                  label="Kontaktopplysningene kan vises på de offentlige sidene"
                  error={errors?.contactPublic?.message}
                  {...register(`members.${index}.contactPublic`)}
                />
              </Fieldset>
            </li>
          );
        })}
      </ul>
      <Textfield
        multiline
        rows={2}
        suppressHydrationWarning
        className="mt-5"
        label="Merknad om representasjonen (valgfritt)"
        description="For eksempel hvem som sitter i hvilket organ, og om både politikk og administrasjon er representert."
        error={formState.errors.representation?.message}
        {...register('representation')}
      />
    </section>
  );
}
