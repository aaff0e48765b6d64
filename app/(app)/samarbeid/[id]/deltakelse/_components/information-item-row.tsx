'use client';
// One item of the information plan: to whom, what, when, how, where and who is responsible.
import { Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import { AUDIENCES } from '@/lib/pure/domain/dossier';
import type { DeltakelseForm } from './deltakelse-values';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { DeltakelseWords } from './deltakelse-form';

export const CHANNEL_LIST_ID = 'kanal-forslag';

/** `onRemove` is null when the form is read-only. */
export function InformationItemRow({ form, index, words, onRemove }: { form: DeltakelseForm; index: number; words: DeltakelseWords['information']; onRemove: (() => void) | null }) {
  const { register, control, formState } = form;
  const errors = formState.errors.informationItems?.[index];
  const audience = useWatch({ control, name: `informationItems.${index}.audience` });
  const audienceLabel = audience && audience in words.audiences ? words.audiences[audience as keyof typeof words.audiences] : null;
  return (
    <RemovableRow look="card" title={fillTemplate(words.itemN, { n: index + 1 })} detail={audienceLabel} onRemove={onRemove}>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <SelectField label={words.audience} error={errors?.audience?.message} {...register(`informationItems.${index}.audience`)}>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {words.audiences[a]}
            </option>
          ))}
        </SelectField>
        <Textfield label={words.channel} list={CHANNEL_LIST_ID} autoComplete="off" error={errors?.channel?.message} {...register(`informationItems.${index}.channel`)} />
      </div>
      <Textfield
        className="mt-4"
        label={words.content}
        description={words.contentHint}
        autoComplete="off"
        error={errors?.content?.message}
        {...register(`informationItems.${index}.content`)}
      />
      <div className="mt-4 grid gap-4 sm:grid-cols-3">
        <Textfield label={words.timing} autoComplete="off" error={errors?.timing?.message} {...register(`informationItems.${index}.timing`)} />
        <Textfield label={words.place} autoComplete="off" error={errors?.place?.message} {...register(`informationItems.${index}.place`)} />
        <Textfield label={words.responsible} autoComplete="off" error={errors?.responsible?.message} {...register(`informationItems.${index}.responsible`)} />
      </div>
    </RemovableRow>
  );
}
