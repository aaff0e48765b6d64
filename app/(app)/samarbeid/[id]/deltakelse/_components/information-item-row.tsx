'use client';
// One item of the information plan: to whom, what, when, how, where and who is responsible.
import { Button, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { SelectField } from '@/app/_components/select-field';
import { AUDIENCE_LABELS } from '@/lib/pure/validation/phases/deltakelse';
import { AUDIENCES } from '@/lib/pure/domain/dossier';
import type { DeltakelseForm } from './deltakelse-values';

export const CHANNEL_LIST_ID = 'kanal-forslag';

export function InformationItemRow({ form, index, readOnly, onRemove }: { form: DeltakelseForm; index: number; readOnly: boolean; onRemove: () => void }) {
  const { register, control, formState } = form;
  const errors = formState.errors.informationItems?.[index];
  const audience = useWatch({ control, name: `informationItems.${index}.audience` });
  const title = `Tiltak ${index + 1}`;
  const audienceLabel = audience && audience in AUDIENCE_LABELS ? AUDIENCE_LABELS[audience as keyof typeof AUDIENCE_LABELS] : null;
  return (
    <li className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
      <Fieldset className="min-w-0">
        <Fieldset.Legend>
          <Heading level={3} data-size="2xs">
            {title}
            {audienceLabel ? `: ${audienceLabel}` : ''}
          </Heading>
        </Fieldset.Legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <SelectField label="Målgruppe" error={errors?.audience?.message} {...register(`informationItems.${index}.audience`)}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_LABELS[a]}
              </option>
            ))}
          </SelectField>
          <Textfield label="Kanal" list={CHANNEL_LIST_ID} autoComplete="off" error={errors?.channel?.message} {...register(`informationItems.${index}.channel`)} />
        </div>
        <Textfield
          className="mt-4"
          label="Innhold"
          description="Hva skal formidles? Velg det målgruppen trenger, ikke alt."
          autoComplete="off"
          error={errors?.content?.message}
          {...register(`informationItems.${index}.content`)}
        />
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          <Textfield label="Når eller hvor ofte" autoComplete="off" error={errors?.timing?.message} {...register(`informationItems.${index}.timing`)} />
          <Textfield label="Hvor (valgfritt)" autoComplete="off" error={errors?.place?.message} {...register(`informationItems.${index}.place`)} />
          <Textfield label="Ansvarlig" autoComplete="off" error={errors?.responsible?.message} {...register(`informationItems.${index}.responsible`)} />
        </div>
        {readOnly ? null : (
          <div className="mt-3 flex justify-end">
            <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove} aria-label={`Fjern ${title.toLowerCase()}`}>
              Fjern
            </Button>
          </div>
        )}
      </Fieldset>
    </li>
  );
}
