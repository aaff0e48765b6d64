'use client';
// Plans, reporting and evaluation rhythm: the framing instruments that keep the owners
// informed after the start (IRIS/KS 2013 kap. 3.2: frameworks get forgotten otherwise).
import { useFormContext } from 'react-hook-form';
import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';
import type { InnrammingWords } from './innramming-form';

export function ReportingSection({ words }: { words: InnrammingWords['reporting'] }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  return (
    <FormSection title={words.title} section="innramming.rapportering">
      <Textfield
        multiline
        rows={2}
        label={words.strategyPlan}
        description={words.strategyPlanHint}
        error={errors.strategyPlan?.message}
        {...register('strategyPlan')}
      />
      <Textfield
        multiline
        rows={2}
        label={words.actionPlan}
        description={words.actionPlanHint}
        error={errors.actionPlan?.message}
        {...register('actionPlan')}
      />
      <Fieldset>
        <Fieldset.Legend>{words.ownersLegend}</Fieldset.Legend>
        <Checkbox
          label={words.annualReport}
          description={words.annualReportHint}
          error={errors.annualReport?.message}
          {...register('annualReport')}
        />
        <Checkbox
          label={words.accounts}
          error={errors.accounts?.message}
          {...register('accounts')}
        />
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        label={words.ownerStrategy}
        description={words.ownerStrategyHint}
        error={errors.ownerStrategy?.message}
        {...register('ownerStrategy')}
      />
      <Textfield
        label={words.interval}
        description={words.intervalHint}
        inputMode="numeric"
        suffix={words.months}
        className="max-w-xs"
        error={errors.evaluationIntervalMonths?.message}
        {...register('evaluationIntervalMonths')}
      />
    </FormSection>
  );
}
