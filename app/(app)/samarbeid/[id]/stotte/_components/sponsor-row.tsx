'use client';
// One sponsor inside a member's group: kind, name, title and the link to the operative leader.
import { Checkbox, Tag, Textfield } from '@digdir/designsystemet-react';
import type { UseFormReturn } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import { formatDate } from '@/lib/pure/format';
import type { StotteSponsor } from '@/db/queries/phases/stotte';
import { SPONSOR_KIND_LABELS, type StotteInput, type StotteValues } from '@/lib/pure/validation/phases/stotte';
import { SPONSOR_KINDS } from '@/lib/pure/domain/dossier';

export interface SponsorRowProps {
  form: UseFormReturn<StotteInput, unknown, StotteValues>;
  index: number;
  /** 1-based position within the member's group, for labels read out of context. */
  position: number;
  memberName: string;
  stored: StotteSponsor | undefined;
  /** Null when the form is read-only. */
  onRemove: (() => void) | null;
}

export function SponsorRow({ form, index, position, memberName, stored, onRemove }: SponsorRowProps) {
  const { register, formState } = form;
  const errors = formState.errors.sponsors?.[index];
  const status = stored?.needsReconfirmation ? (
    <>
      <Tag data-color="warning">Må bekreftes på nytt etter valget</Tag>
      <Checkbox label="Sponsoren har bekreftet rollen på nytt" {...register(`sponsors.${index}.reconfirm`)} />
    </>
  ) : stored?.confirmedAt ? (
    <span className="bb-muted text-sm">Bekreftet {formatDate(stored.confirmedAt)}</span>
  ) : (
    <span className="bb-muted text-sm">Ny sponsor – regnes som bekreftet når du lagrer.</span>
  );
  return (
    <RemovableRow look="card" title={`Sponsor ${position} for ${memberName}`} legendHidden footer={status} onRemove={onRemove}>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr_1fr]">
        <SelectField label="Type sponsor" error={errors?.kind?.message} {...register(`sponsors.${index}.kind`)}>
          {SPONSOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {SPONSOR_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <Textfield label="Navn" autoComplete="off" error={errors?.name?.message} {...register(`sponsors.${index}.name`)} />
        <Textfield label="Tittel eller verv" autoComplete="off" error={errors?.title?.message} {...register(`sponsors.${index}.title`)} />
      </div>
      <Textfield
        className="mt-4"
        label="Kontakt med operativ leder"
        description="Hvordan og hvor ofte sponsoren og lederen snakker sammen."
        autoComplete="off"
        error={errors?.leaderContact?.message}
        {...register(`sponsors.${index}.leaderContact`)}
      />
    </RemovableRow>
  );
}
