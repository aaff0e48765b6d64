'use client';
// The operative leader's room for manoeuvre (handlingsrom, IRIS/KS 2013 kap. 6.3 punkt 5):
// which decisions the leader takes alone and which need administrative or political anchoring.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { MANDATE_LABELS, MANDATE_LEVELS, MAX_MANDATE_LINES, type DesignInput, type MandateLevel } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';

function MandateList({ level }: { level: MandateLevel }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const { fields, append, remove } = useFieldArray({ control, name: `mandate.${level}`, keyName: 'key' });
  const labels = MANDATE_LABELS[level];
  return (
    <Fieldset className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
      <Fieldset.Legend>{labels.legend}</Fieldset.Legend>
      <Fieldset.Description>
        {labels.description} {labels.example}.
      </Fieldset.Description>
      <ul className="flex flex-col gap-3">
        {fields.map((field, j) => (
          <li key={field.key} className="flex items-end gap-2">
            <Textfield
              className="flex-1"
              label={`Beslutning ${j + 1}`}
              data-size="sm"
              error={errors.mandate?.[level]?.[j]?.text?.message}
              {...register(`mandate.${level}.${j}.text`)}
            />
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(j)} aria-label={`Fjern beslutning ${j + 1}: ${labels.legend.toLowerCase()}`}>
              Fjern
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => append({ text: '' })} disabled={fields.length >= MAX_MANDATE_LINES}>
          Legg til beslutning
        </Button>
      </div>
    </Fieldset>
  );
}

export function MandateSection() {
  return (
    <FormSection
      title="Mandat for operativ leder"
      section="design.mandat"
      description="Et tydelig handlingsrom gjør lederen handlekraftig og hindrer at politikerne må ta stilling til detaljer (overstyring). Tomme linjer tas ikke med."
    >
      {MANDATE_LEVELS.map((level) => (
        <MandateList key={level} level={level} />
      ))}
    </FormSection>
  );
}
