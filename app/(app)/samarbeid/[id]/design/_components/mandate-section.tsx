'use client';
// The operative leader's room for manoeuvre (handlingsrom, IRIS/KS 2013 kap. 6.3 punkt 5):
// which decisions the leader takes alone and which need administrative or political anchoring.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { DesignInput, MandateLevel } from '@/lib/pure/validation/phases/design';
import { MANDATE_LEVELS, MAX_MANDATE_LINES } from '@/lib/pure/validation/phases/design-options';
import { fill } from '@/lib/pure/domain/inline-words';
import { FormSection } from '@/app/_components/phase/form-section';
import type { DesignWords } from './words';

type Words = DesignWords['mandat'];

function MandateList({ level, words }: { level: MandateLevel; words: Words }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const { fields, append, remove } = useFieldArray({ control, name: `mandate.${level}`, keyName: 'key' });
  const labels = words[level];
  return (
    <Fieldset className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
      <Fieldset.Legend>{labels.legend}</Fieldset.Legend>
      <Fieldset.Description>{labels.description}</Fieldset.Description>
      <ul className="flex flex-col gap-3">
        {fields.map((field, j) => (
          <li key={field.key} className="flex items-end gap-2">
            <Textfield
              className="flex-1"
              label={fill(words.decision, { n: j + 1 })}
              data-size="sm"
              error={errors.mandate?.[level]?.[j]?.text?.message}
              {...register(`mandate.${level}.${j}.text`)}
            />
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(j)} aria-label={fill(words.removeLabel, { n: j + 1, level: labels.legend.toLowerCase() })}>
              {words.remove}
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => append({ text: '' })} disabled={fields.length >= MAX_MANDATE_LINES}>
          {words.add}
        </Button>
      </div>
    </Fieldset>
  );
}

export function MandateSection({ words }: { words: Words }) {
  return (
    <FormSection title={words.title} section="design.mandat" description={words.description}>
      {MANDATE_LEVELS.map((level) => (
        <MandateList key={level} level={level} words={words} />
      ))}
    </FormSection>
  );
}
