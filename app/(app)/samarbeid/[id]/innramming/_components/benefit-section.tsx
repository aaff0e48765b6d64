'use client';
// Expected benefit per member: benefit is uneven and depends on who judges (seed 002), so
// each member states its own — on a scale (høy, middels, lav, ingen), which the warnings read,
// and in words — and evaluations later ask whether it came true.
import { useFormContext } from 'react-hook-form';
import { Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import { BENEFIT_LEVELS } from '@/lib/pure/domain/dossier';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { InnrammingWords } from './innramming-form';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import type { CostShareMemberInfo } from './cost-share-table';
import { FormSection } from '@/app/_components/phase/form-section';

export function BenefitSection({ members, words }: { members: CostShareMemberInfo[]; words: InnrammingWords['benefit'] }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  return (
    <FormSection
      title={words.title}
      section="innramming.nytte"
      description={words.description}
    >
      {members.map((m, i) => (
        <div key={m.id} className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <SelectField label={fillTemplate(words.levelFor, { name: m.name })} error={errors.members?.[i]?.expectedBenefitLevel?.message} {...register(`members.${i}.expectedBenefitLevel`)}>
            <option value="">{words.notAssessed}</option>
            {BENEFIT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {words.levels[level]}
              </option>
            ))}
          </SelectField>
          <Textfield
            multiline
            rows={2}
            label={fillTemplate(words.textFor, { name: m.name })}
            error={errors.members?.[i]?.expectedBenefit?.message}
            {...register(`members.${i}.expectedBenefit`)}
          />
        </div>
      ))}
    </FormSection>
  );
}
