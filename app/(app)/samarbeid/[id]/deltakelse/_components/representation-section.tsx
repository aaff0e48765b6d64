'use client';
// Representation per member: seats, a named contact person and whether the contact is public.
import { Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { DeltakelseMember } from '@/db/queries/phases/deltakelse';
import type { DeltakelseForm } from './deltakelse-values';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import type { DeltakelseWords } from './deltakelse-form';

export function RepresentationSection({ form, members, words }: { form: DeltakelseForm; members: DeltakelseMember[]; words: DeltakelseWords['representation'] }) {
  const { register, formState } = form;
  return (
    <section aria-labelledby="representasjon-tittel" className="bb-panel">
      <Heading level={2} id="representasjon-tittel" data-size="sm">
        <SectionTitle id="deltakelse.representasjon">{words.title}</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {words.intro}
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
                    label={words.count}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={50}
                    error={errors?.representatives?.message ?? errors?.memberId?.message}
                    {...register(`members.${index}.representatives`, { valueAsNumber: true })}
                  />
                  <Textfield label={words.contact} autoComplete="off" error={errors?.contactPerson?.message} {...register(`members.${index}.contactPerson`)} />
                </div>
                <Checkbox
                  className="mt-3"
                  label={words.public}
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
        label={words.note}
        description={words.noteHint}
        error={formState.errors.representation?.message}
        {...register('representation')}
      />
    </section>
  );
}
