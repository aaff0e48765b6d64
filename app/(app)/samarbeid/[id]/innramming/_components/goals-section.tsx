'use client';
// Goals with indicator, baseline, target and deadline (domain.md 2.9): what the cooperation
// is measured against at every evaluation.
import { useFormContext } from 'react-hook-form';
import { Textfield } from '@digdir/designsystemet-react';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { emptyGoalInput, MAX_GOALS } from '@/lib/pure/validation/phases/innramming-options';
import { FormSection } from '@/app/_components/phase/form-section';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { InnrammingWords } from './innramming-form';
import { RemovableRow, RowList, useRemovableRows } from '@/app/_components/removable-rows';

export function GoalsSection({ words }: { words: InnrammingWords['goals'] }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const rows = useRemovableRows(control, 'goals', { focus: 'statement' });

  return (
    <FormSection
      title={words.title}
      section="innramming.maal"
      description={words.description}
    >
      <RowList
        look="stack"
        empty={words.empty}
        add={{ label: words.add, onClick: () => rows.add(emptyGoalInput()), disabled: rows.fields.length >= MAX_GOALS }}
      >
        {rows.fields.map((field, i) => {
          const e = errors.goals?.[i];
          return (
            <RemovableRow key={field.key} look="stack" title={fillTemplate(words.goalN, { n: i + 1 })} onRemove={() => rows.remove(i)}>
              <input type="hidden" {...register(`goals.${i}.id`)} />
              <Textfield multiline rows={2} label={words.statement} error={e?.statement?.message} {...register(`goals.${i}.statement`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <Textfield label={words.indicator} description={words.indicatorHint} error={e?.indicator?.message} {...register(`goals.${i}.indicator`)} />
                <Textfield label={words.deadline} type="date" error={e?.deadline?.message} {...register(`goals.${i}.deadline`)} />
                <Textfield label={words.baseline} description={words.baselineHint} error={e?.baseline?.message} {...register(`goals.${i}.baseline`)} />
                <Textfield label={words.target} description={words.targetHint} error={e?.target?.message} {...register(`goals.${i}.target`)} />
              </div>
            </RemovableRow>
          );
        })}
      </RowList>
    </FormSection>
  );
}
