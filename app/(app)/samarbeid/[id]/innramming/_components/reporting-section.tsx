'use client';
// Plans, reporting and evaluation rhythm: the framing instruments that keep the owners
// informed after the start (IRIS/KS 2013 kap. 3.2: frameworks get forgotten otherwise).
import { useFormContext } from 'react-hook-form';
import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';

export function ReportingSection() {
  const {
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  return (
    <FormSection title="Planer, rapportering og evaluering" section="innramming.rapportering">
      <Textfield
        multiline
        rows={2}
        label="Strategiplan"
        description="Navn, periode eller lenke til planen. La stå tomt hvis samarbeidet ikke har en."
        error={errors.strategyPlan?.message}
        {...register('strategyPlan')}
      />
      <Textfield
        multiline
        rows={2}
        label="Handlingsplan"
        description="Hvordan handlingsplanen lages og rulleres, for eksempel årlig sammen med budsjettet."
        error={errors.actionPlan?.message}
        {...register('actionPlan')}
      />
      <Fieldset>
        <Fieldset.Legend>Rapportering til eierne</Fieldset.Legend>
        <Checkbox
          label="Samarbeidet lager årsmelding"
          description="Legges fram for kommunestyrene eller representantskapet hvert år."
          error={errors.annualReport?.message}
          {...register('annualReport')}
        />
        <Checkbox
          label="Samarbeidet fører og legger fram regnskap"
          error={errors.accounts?.message}
          {...register('accounts')}
        />
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        label="Eierstrategi eller eiermelding"
        description="Hvordan kommunene styrer sitt eierskap, og hvor det er vedtatt."
        error={errors.ownerStrategy?.message}
        {...register('ownerStrategy')}
      />
      <Textfield
        label="Måneder mellom evalueringene"
        description="Vanligvis 12. Brobygger varsler når en evaluering skal gjøres."
        inputMode="numeric"
        suffix="måneder"
        className="max-w-xs"
        error={errors.evaluationIntervalMonths?.message}
        {...register('evaluationIntervalMonths')}
      />
    </FormSection>
  );
}
