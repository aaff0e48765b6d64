'use client';
// One sponsor inside a member's group: kind, name, title and the link to the operative leader.
import { Checkbox, Tag, Textfield } from '@digdir/designsystemet-react';
import type { UseFormReturn } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import { formatDate } from '@/lib/pure/format';
import type { StotteSponsor } from '@/db/queries/phases/stotte';
import type { StotteInput, StotteValues } from '@/lib/pure/validation/phases/stotte';
import type { Locale } from '@/lib/pure/i18n/locales';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { StotteWords } from './stotte-form';
import { SPONSOR_KINDS } from '@/lib/pure/domain/dossier';

export interface SponsorRowProps {
  form: UseFormReturn<StotteInput, unknown, StotteValues>;
  index: number;
  /** 1-based position within the member's group, for labels read out of context. */
  position: number;
  memberName: string;
  stored: StotteSponsor | undefined;
  words: StotteWords['row'];
  locale: Locale;
  /** Null when the form is read-only. */
  onRemove: (() => void) | null;
}

export function SponsorRow({ form, index, position, memberName, stored, words, locale, onRemove }: SponsorRowProps) {
  const { register, formState } = form;
  const errors = formState.errors.sponsors?.[index];
  const status = stored?.needsReconfirmation ? (
    <>
      <Tag data-color="warning">{words.reconfirmTag}</Tag>
      <Checkbox label={words.reconfirm} {...register(`sponsors.${index}.reconfirm`)} />
    </>
  ) : stored?.confirmedAt ? (
    <span className="bb-muted text-sm">{fillTemplate(words.confirmed, { date: formatDate(stored.confirmedAt, locale) })}</span>
  ) : (
    <span className="bb-muted text-sm">{words.new}</span>
  );
  return (
    <RemovableRow look="card" title={fillTemplate(words.title, { n: position, name: memberName })} legendHidden footer={status} onRemove={onRemove}>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr_1fr]">
        <SelectField label={words.kind} error={errors?.kind?.message} {...register(`sponsors.${index}.kind`)}>
          {SPONSOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {words.kinds[k]}
            </option>
          ))}
        </SelectField>
        <Textfield label={words.name} autoComplete="off" error={errors?.name?.message} {...register(`sponsors.${index}.name`)} />
        <Textfield label={words.position} autoComplete="off" error={errors?.title?.message} {...register(`sponsors.${index}.title`)} />
      </div>
      <Textfield
        className="mt-4"
        label={words.contact}
        description={words.contactHint}
        autoComplete="off"
        error={errors?.leaderContact?.message}
        {...register(`sponsors.${index}.leaderContact`)}
      />
    </RemovableRow>
  );
}
