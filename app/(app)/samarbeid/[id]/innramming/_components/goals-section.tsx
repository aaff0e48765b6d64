'use client';
// Goals with indicator, baseline, target and deadline (domain.md 2.9): what the cooperation
// is measured against at every evaluation.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { emptyGoalInput, MAX_GOALS, type InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';

export function GoalsSection() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'goals', keyName: 'key' });

  return (
    <FormSection
      title="Mål og indikatorer"
      section="innramming.maal"
      description="Hvert mål trenger en indikator, et utgangspunkt, en målverdi og en frist, så resultatene kan følges opp ved hver evaluering."
    >
      {fields.length === 0 ? <Paragraph data-size="sm">Ingen mål er lagt inn ennå.</Paragraph> : null}
      <ol className="flex flex-col gap-4">
        {fields.map((field, i) => {
          const e = errors.goals?.[i];
          return (
            <li key={field.key}>
              <Fieldset className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
                <Fieldset.Legend>Mål {i + 1}</Fieldset.Legend>
                <input type="hidden" {...register(`goals.${i}.id`)} />
                <div className="flex flex-col gap-4">
                  <Textfield multiline rows={2} label="Målet" error={e?.statement?.message} {...register(`goals.${i}.statement`)} />
                  <div className="grid gap-4 sm:grid-cols-2">
                    <Textfield
                      label="Indikator"
                      description="Hva som måles"
                      error={e?.indicator?.message}
                      {...register(`goals.${i}.indicator`)}
                    />
                    <Textfield label="Frist" type="date" error={e?.deadline?.message} {...register(`goals.${i}.deadline`)} />
                    <Textfield
                      label="Utgangsverdi"
                      description="Nivået i dag"
                      error={e?.baseline?.message}
                      {...register(`goals.${i}.baseline`)}
                    />
                    <Textfield
                      label="Målverdi"
                      description="Nivået som skal nås innen fristen"
                      error={e?.target?.message}
                      {...register(`goals.${i}.target`)}
                    />
                  </div>
                  <div>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
                      Fjern mål {i + 1}
                    </Button>
                  </div>
                </div>
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button type="button" variant="secondary" onClick={() => append(emptyGoalInput(), { focusName: `goals.${fields.length}.statement` })} disabled={fields.length >= MAX_GOALS}>
          Legg til mål
        </Button>
      </div>
    </FormSection>
  );
}
