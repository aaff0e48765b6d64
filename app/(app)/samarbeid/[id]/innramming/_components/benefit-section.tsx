'use client';
// Expected benefit per member: benefit is uneven and depends on who judges (seed 002), so
// each member states its own, and evaluations later ask whether it came true.
import { useFormContext } from 'react-hook-form';
import { Textfield } from '@digdir/designsystemet-react';
import type { InnrammingInput } from '@/lib/validation/phases/innramming';
import type { CostShareMemberInfo } from './cost-share-table';
import { FormSection } from '@/app/_components/phase/form-section';

export function BenefitSection({ members }: { members: CostShareMemberInfo[] }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  return (
    <FormSection
      title="Forventet nytte"
      section="innramming.nytte"
      description="Hva skal hver deltaker få ut av samarbeidet? Skriv det slik kommunestyret i kommunen vil kjenne det igjen."
    >
      {members.map((m, i) => (
        <Textfield
          key={m.id}
          multiline
          rows={2}
          label={`Forventet nytte for ${m.name}`}
          error={errors.members?.[i]?.expectedBenefit?.message}
          {...register(`members.${i}.expectedBenefit`)}
        />
      ))}
    </FormSection>
  );
}
