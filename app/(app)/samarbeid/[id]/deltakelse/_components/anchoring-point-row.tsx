'use client';
// One anchoring point: what kind, where, when (a fixed interval or an event) and for whom.
import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import type { DeltakelseMember } from '@/db/queries/phases/deltakelse';
import { ANCHORING_EVENTS, FREQUENCIES } from '@/lib/pure/domain/dossier';
import type { DeltakelseForm } from './deltakelse-values';
import { MemberCheckboxes } from './member-checkboxes';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { DeltakelseWords } from './deltakelse-form';
import { radio } from '@/lib/client/forms';

export const BODY_LIST_ID = 'organ-forslag';

export interface AnchoringPointRowProps {
  form: DeltakelseForm;
  index: number;
  members: DeltakelseMember[];
  words: DeltakelseWords['anchoring'];
  /** Null when the form is read-only. */
  onRemove: (() => void) | null;
}

export function AnchoringPointRow({ form, index, members, words, onRemove }: AnchoringPointRowProps) {
  const { register, control, formState } = form;
  const errors = formState.errors.anchoringPoints?.[index];
  const [triggerType, scope, body] = useWatch({
    control,
    name: [`anchoringPoints.${index}.triggerType`, `anchoringPoints.${index}.scope`, `anchoringPoints.${index}.body`],
  });
  return (
    <RemovableRow look="card" title={fillTemplate(words.pointN, { n: index + 1 })} detail={body?.trim()} onRemove={onRemove}>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <SelectField label={words.kind} error={errors?.kind?.message} {...register(`anchoringPoints.${index}.kind`)}>
          {(['formell', 'uformell'] as const).map((k) => (
            <option key={k} value={k}>
              {words.kinds[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label={words.level} error={errors?.level?.message} {...register(`anchoringPoints.${index}.level`)}>
          {(['politisk', 'administrativ'] as const).map((l) => (
            <option key={l} value={l}>
              {words.levels[l]}
            </option>
          ))}
        </SelectField>
        <Textfield label={words.body} list={BODY_LIST_ID} autoComplete="off" error={errors?.body?.message} {...register(`anchoringPoints.${index}.body`)} />
      </div>
      <Fieldset className="mt-4 min-w-0">
        <Fieldset.Legend>{words.when}</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          <Radio label={words.periodic} {...radio(register, `anchoringPoints.${index}.triggerType`, 'periodisk')} />
          <Radio label={words.onEvent} {...radio(register, `anchoringPoints.${index}.triggerType`, 'hendelse')} />
        </div>
      </Fieldset>
      <div className="mt-3 max-w-sm">
        {triggerType === 'hendelse' ? (
          <SelectField key="event" label={words.event} error={errors?.event?.message} {...register(`anchoringPoints.${index}.event`)}>
            {ANCHORING_EVENTS.map((e) => (
              <option key={e} value={e}>
                {words.events[e]}
              </option>
            ))}
          </SelectField>
        ) : (
          <SelectField key="frequency" label={words.frequency} error={errors?.frequency?.message} {...register(`anchoringPoints.${index}.frequency`)}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {words.frequencies[f]}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <Fieldset className="mt-4 min-w-0">
        <Fieldset.Legend>{words.scope}</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          <Radio label={words.all} {...radio(register, `anchoringPoints.${index}.scope`, 'alle')} />
          <Radio label={words.selected} {...radio(register, `anchoringPoints.${index}.scope`, 'utvalgte')} />
        </div>
      </Fieldset>
      {scope === 'utvalgte' ? <MemberCheckboxes form={form} index={index} members={members} legend={words.members} /> : null}
      <Textfield
        className="mt-4"
        label={words.description}
        description={words.descriptionHint}
        autoComplete="off"
        error={errors?.description?.message}
        {...register(`anchoringPoints.${index}.description`)}
      />
    </RemovableRow>
  );
}
