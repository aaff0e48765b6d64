'use client';
// The cost key (fordelingsnøkkel): which key, the equal part of the mixed key, and the
// members' figures with each member's computed share and amount, live as figures are typed.
import { useFormContext, useWatch } from 'react-hook-form';
import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { COST_KEY_KINDS, COST_KEY_LABELS, type InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { CostShareTable, type CostShareMemberInfo } from './cost-share-table';
import { FormSection } from '@/app/_components/phase/form-section';

const KEY_ERROR_ID = 'fordelingsnokkel-feil';

export function CostKeySection({ members }: { members: CostShareMemberInfo[] }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const kind = useWatch({ control, name: 'costKeyKind' });
  const keyError = errors.costKeyKind?.message;

  return (
    <FormSection
      title="Kostnadsfordeling"
      section="innramming.kostnadsfordeling"
      description="Andelene må stå i prosent i avtalen. En henvisning til innbyggertall alene er ikke nok."
    >
      <Fieldset aria-describedby={keyError ? KEY_ERROR_ID : undefined}>
        <Fieldset.Legend>Fordelingsnøkkel</Fieldset.Legend>
        <div className="flex flex-col gap-1">
          <Radio label="Ikke valgt ennå" value="" aria-invalid={keyError ? true : undefined} {...register('costKeyKind')} />
          {COST_KEY_KINDS.map((k) => (
            <Radio
              key={k}
              label={COST_KEY_LABELS[k].label}
              description={COST_KEY_LABELS[k].description}
              value={k}
              aria-invalid={keyError ? true : undefined}
              {...register('costKeyKind')}
            />
          ))}
        </div>
        {keyError ? <ValidationMessage id={KEY_ERROR_ID}>{keyError}</ValidationMessage> : null}
      </Fieldset>
      {kind === 'fast_og_innbyggere' ? (
        <Textfield
          label="Andel som deles likt"
          description="Resten av budsjettet fordeles etter innbyggertall."
          suffix="%"
          inputMode="decimal"
          className="max-w-xs"
          error={errors.fixedPartPercent?.message}
          {...register('fixedPartPercent')}
        />
      ) : null}
      <CostShareTable members={members} />
    </FormSection>
  );
}
