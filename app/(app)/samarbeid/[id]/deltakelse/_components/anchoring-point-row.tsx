'use client';
// One anchoring point: what kind, where, when (a fixed interval or an event) and for whom.
import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import type { DeltakelseMember } from '@/db/queries/phases/deltakelse';
import {
  ANCHORING_KIND_LABELS,
  ANCHORING_LEVEL_LABELS,
  EVENT_LABELS,
  FREQUENCY_LABELS,
} from '@/lib/pure/validation/phases/deltakelse';
import { ANCHORING_EVENTS, FREQUENCIES } from '@/lib/pure/domain/dossier';
import type { DeltakelseForm } from './deltakelse-values';
import { MemberCheckboxes } from './member-checkboxes';

export const BODY_LIST_ID = 'organ-forslag';

export interface AnchoringPointRowProps {
  form: DeltakelseForm;
  index: number;
  members: DeltakelseMember[];
  /** Null when the form is read-only. */
  onRemove: (() => void) | null;
}

export function AnchoringPointRow({ form, index, members, onRemove }: AnchoringPointRowProps) {
  const { register, control, formState } = form;
  const errors = formState.errors.anchoringPoints?.[index];
  const [triggerType, scope, body] = useWatch({
    control,
    name: [`anchoringPoints.${index}.triggerType`, `anchoringPoints.${index}.scope`, `anchoringPoints.${index}.body`],
  });
  return (
    <RemovableRow look="card" title={`Forankringspunkt ${index + 1}`} detail={body?.trim()} onRemove={onRemove}>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <SelectField label="Type" error={errors?.kind?.message} {...register(`anchoringPoints.${index}.kind`)}>
          {(['formell', 'uformell'] as const).map((k) => (
            <option key={k} value={k}>
              {ANCHORING_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Nivå" error={errors?.level?.message} {...register(`anchoringPoints.${index}.level`)}>
          {(['politisk', 'administrativ'] as const).map((l) => (
            <option key={l} value={l}>
              {ANCHORING_LEVEL_LABELS[l]}
            </option>
          ))}
        </SelectField>
        <Textfield label="Organ" list={BODY_LIST_ID} autoComplete="off" error={errors?.body?.message} {...register(`anchoringPoints.${index}.body`)} />
      </div>
      <Fieldset className="mt-4 min-w-0">
        <Fieldset.Legend>Når skjer forankringen?</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          <Radio label="Fast intervall" value="periodisk" {...register(`anchoringPoints.${index}.triggerType`)} />
          <Radio label="Ved en hendelse" value="hendelse" {...register(`anchoringPoints.${index}.triggerType`)} />
        </div>
      </Fieldset>
      <div className="mt-3 max-w-sm">
        {triggerType === 'hendelse' ? (
          <SelectField key="event" label="Hendelse" error={errors?.event?.message} {...register(`anchoringPoints.${index}.event`)}>
            {ANCHORING_EVENTS.map((e) => (
              <option key={e} value={e}>
                {EVENT_LABELS[e]}
              </option>
            ))}
          </SelectField>
        ) : (
          <SelectField key="frequency" label="Hvor ofte" error={errors?.frequency?.message} {...register(`anchoringPoints.${index}.frequency`)}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABELS[f]}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <Fieldset className="mt-4 min-w-0">
        <Fieldset.Legend>Gjelder</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          <Radio label="Alle deltakerne" value="alle" {...register(`anchoringPoints.${index}.scope`)} />
          <Radio label="Utvalgte deltakere" value="utvalgte" {...register(`anchoringPoints.${index}.scope`)} />
        </div>
      </Fieldset>
      {scope === 'utvalgte' ? <MemberCheckboxes form={form} index={index} members={members} /> : null}
      <Textfield
        className="mt-4"
        label="Beskrivelse (valgfritt)"
        description="For eksempel «muntlig orientering fra daglig leder» eller «årsmelding som egen sak»."
        autoComplete="off"
        error={errors?.description?.message}
        {...register(`anchoringPoints.${index}.description`)}
      />
    </RemovableRow>
  );
}
