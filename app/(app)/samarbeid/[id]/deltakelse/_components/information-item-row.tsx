'use client';
// One item of the information plan: to whom, what, when, how, where and who is responsible.
import { Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import { AUDIENCE_LABELS } from '@/lib/pure/validation/phases/deltakelse';
import { AUDIENCES } from '@/lib/pure/domain/dossier';
import type { DeltakelseForm } from './deltakelse-values';

export const CHANNEL_LIST_ID = 'kanal-forslag';

/** `onRemove` is null when the form is read-only. */
export function InformationItemRow({ form, index, onRemove }: { form: DeltakelseForm; index: number; onRemove: (() => void) | null }) {
  const { register, control, formState } = form;
  const errors = formState.errors.informationItems?.[index];
  const audience = useWatch({ control, name: `informationItems.${index}.audience` });
  const audienceLabel = audience && audience in AUDIENCE_LABELS ? AUDIENCE_LABELS[audience as keyof typeof AUDIENCE_LABELS] : null;
  return (
    <RemovableRow look="card" title={`Tiltak ${index + 1}`} detail={audienceLabel} onRemove={onRemove}>
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
    </RemovableRow>
  );
}
