'use client';
// Budget, financing and the host's compensation for its own time (NORCE 2023: the cost of
// hosting must be visible and paid for).
import { useFormContext, useWatch } from 'react-hook-form';
import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { fillTemplate, joinWith } from '@/lib/pure/i18n/template';
import type { InnrammingWords } from './innramming-form';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';

export function EconomySection({ hostNames, words, and }: { hostNames: string[]; words: InnrammingWords['economy']; and: string }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const none = useWatch({ control, name: 'hostCompensationNone' });
  return (
    <FormSection title={words.title} section="innramming.okonomi">
      <Textfield
        label={words.budget}
        description={words.budgetHint}
        suffix={words.kr}
        inputMode="decimal"
        autoComplete="off"
        error={errors.budget?.message}
        {...register('budget')}
      />
      <Textfield
        multiline
        rows={3}
        label={words.financing}
        description={words.financingHint}
        error={errors.financing?.message}
        {...register('financing')}
      />
      <div className="flex flex-col gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] pt-4">
        <p className="text-sm">
          {hostNames.length > 0
            ? fillTemplate(words.hostIntro, { hosts: joinWith(hostNames, and) })
            : words.noHost}
        </p>
        <Textfield
          label={words.compensation}
          description={words.compensationHint}
          suffix={words.kr}
          inputMode="decimal"
          autoComplete="off"
          error={errors.hostCompensation?.message}
          {...register('hostCompensation')}
        />
        <Textfield
          multiline
          rows={2}
          label={words.note}
          description={words.noteHint}
          error={errors.hostCompensationNote?.message}
          {...register('hostCompensationNote', { deps: ['hostCompensation'] })}
        />
        {hostNames.length > 0 ? (
          <>
            <Checkbox
              label={words.none}
              description={words.noneHint}
              error={errors.hostCompensationNone?.message}
              {...register('hostCompensationNone', { deps: ['hostCompensation'] })}
            />
            {none ? (
              <Textfield
                multiline
                rows={2}
                label={words.noneReason}
                error={errors.hostCompensationNoneReason?.message}
                {...register('hostCompensationNoneReason')}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </FormSection>
  );
}
