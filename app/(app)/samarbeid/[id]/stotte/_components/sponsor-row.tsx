'use client';
// One sponsor inside a member's group: kind, name, title and the link to the operative leader.
import { Button, Checkbox, Fieldset, Tag, Textfield } from '@digdir/designsystemet-react';
import type { UseFormReturn } from 'react-hook-form';
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
  readOnly: boolean;
  onRemove: () => void;
}

export function SponsorRow({ form, index, position, memberName, stored, readOnly, onRemove }: SponsorRowProps) {
  const { register, formState } = form;
  const errors = formState.errors.sponsors?.[index];
  const label = `Sponsor ${position} for ${memberName}`;
  return (
    <li className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
      <Fieldset className="min-w-0">
        <Fieldset.Legend className="ds-sr-only">{label}</Fieldset.Legend>
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
        <div className="mt-3 flex flex-wrap items-center gap-3">
          {stored?.needsReconfirmation ? (
            <>
              <Tag data-color="warning">Må bekreftes på nytt etter valget</Tag>
              <Checkbox label="Sponsoren har bekreftet rollen på nytt" {...register(`sponsors.${index}.reconfirm`)} />
            </>
          ) : stored?.confirmedAt ? (
            <span className="bb-muted text-sm">Bekreftet {formatDate(stored.confirmedAt)}</span>
          ) : (
            <span className="bb-muted text-sm">Ny sponsor – regnes som bekreftet når du lagrer.</span>
          )}
          {readOnly ? null : (
            <Button type="button" variant="tertiary" data-size="sm" className="ml-auto" onClick={onRemove} aria-label={`Fjern sponsor ${position} for ${memberName}`}>
              Fjern
            </Button>
          )}
        </div>
      </Fieldset>
    </li>
  );
}
