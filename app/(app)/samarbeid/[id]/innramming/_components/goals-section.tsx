'use client';
// Goals with indicator, baseline, target and deadline (domain.md 2.9): what the cooperation
// is measured against at every evaluation.
import { useFormContext } from 'react-hook-form';
import { Textfield } from '@digdir/designsystemet-react';
import { emptyGoalInput, MAX_GOALS, type InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';
import { RemovableRow, RowList, useRemovableRows } from '@/app/_components/removable-rows';

export function GoalsSection() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const rows = useRemovableRows(control, 'goals', { focus: 'statement' });

  return (
    <FormSection
      title="Mål og indikatorer"
      section="innramming.maal"
      description="Hvert mål trenger en indikator, et utgangspunkt, en målverdi og en frist, så resultatene kan følges opp ved hver evaluering."
    >
      <RowList
        look="stack"
        empty="Ingen mål er lagt inn ennå."
        add={{ label: 'Legg til mål', onClick: () => rows.add(emptyGoalInput()), disabled: rows.fields.length >= MAX_GOALS }}
      >
        {rows.fields.map((field, i) => {
          const e = errors.goals?.[i];
          return (
            <RemovableRow key={field.key} look="stack" title={`Mål ${i + 1}`} onRemove={() => rows.remove(i)}>
              <input type="hidden" {...register(`goals.${i}.id`)} />
              <Textfield multiline rows={2} label="Målet" error={e?.statement?.message} {...register(`goals.${i}.statement`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <Textfield label="Indikator" description="Hva som måles" error={e?.indicator?.message} {...register(`goals.${i}.indicator`)} />
                <Textfield label="Frist" type="date" error={e?.deadline?.message} {...register(`goals.${i}.deadline`)} />
                <Textfield label="Utgangsverdi" description="Nivået i dag" error={e?.baseline?.message} {...register(`goals.${i}.baseline`)} />
                <Textfield label="Målverdi" description="Nivået som skal nås innen fristen" error={e?.target?.message} {...register(`goals.${i}.target`)} />
              </div>
            </RemovableRow>
          );
        })}
      </RowList>
    </FormSection>
  );
}
