'use client';
// Expected benefit per member: benefit is uneven and depends on who judges (seed 002), so
// each member states its own — on a scale (høy, middels, lav, ingen), which the warnings read,
// and in words — and evaluations later ask whether it came true.
import { useFormContext } from 'react-hook-form';
import { Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import { BENEFIT_LEVEL_LABELS, BENEFIT_LEVELS } from '@/lib/pure/domain/dossier';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
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
      description="Hva skal hver deltaker få ut av samarbeidet? Vurder nytten på skalaen og skriv den slik kommunestyret i kommunen vil kjenne den igjen. Lav eller ingen nytte gir et varsel om ujevn nytte."
    >
      {members.map((m, i) => (
        <div key={m.id} className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <SelectField label={`Nytte for ${m.name}`} error={errors.members?.[i]?.expectedBenefitLevel?.message} {...register(`members.${i}.expectedBenefitLevel`)}>
            <option value="">Ikke vurdert</option>
            {BENEFIT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {BENEFIT_LEVEL_LABELS[level]}
              </option>
            ))}
          </SelectField>
          <Textfield
            multiline
            rows={2}
            label={`Forventet nytte for ${m.name}`}
            error={errors.members?.[i]?.expectedBenefit?.message}
            {...register(`members.${i}.expectedBenefit`)}
          />
        </div>
      ))}
    </FormSection>
  );
}
