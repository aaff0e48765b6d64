'use client';
// The cost key (fordelingsnøkkel): which key, the equal part of the mixed key, and the
// members' figures with each member's computed share and amount, live as figures are typed.
import { useFormContext, useWatch } from 'react-hook-form';
import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { COST_KEY_KINDS } from '@/lib/pure/validation/phases/innramming-options';
import type { Locale } from '@/lib/pure/i18n/locales';
import { CostShareTable, type CostShareMemberInfo } from './cost-share-table';
import { FormSection } from '@/app/_components/phase/form-section';
import type { InnrammingWords } from './innramming-form';
import { radio } from '@/lib/client/forms';

const KEY_ERROR_ID = 'fordelingsnokkel-feil';

export function CostKeySection({ members, words, locale }: { members: CostShareMemberInfo[]; words: InnrammingWords; locale: Locale }) {
  const w = words.costKey;
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const kind = useWatch({ control, name: 'costKeyKind' });
  const keyError = errors.costKeyKind?.message;

  return (
    <FormSection
      title={w.title}
      section="innramming.kostnadsfordeling"
      description={w.description}
    >
      <Fieldset aria-describedby={keyError ? KEY_ERROR_ID : undefined}>
        <Fieldset.Legend>{w.legend}</Fieldset.Legend>
        <div className="flex flex-col gap-1">
          <Radio label={w.notChosen} aria-invalid={keyError ? true : undefined} {...radio(register, 'costKeyKind', '')} />
          {COST_KEY_KINDS.map((k) => (
            <Radio
              key={k}
              label={w.kinds[k].label}
              description={w.kinds[k].description}
              aria-invalid={keyError ? true : undefined}
              {...radio(register, 'costKeyKind', k)}
            />
          ))}
        </div>
        {keyError ? <ValidationMessage id={KEY_ERROR_ID}>{keyError}</ValidationMessage> : null}
      </Fieldset>
      {kind === 'fast_og_innbyggere' ? (
        <Textfield
          label={w.fixedPart}
          description={w.fixedPartHint}
          suffix="%"
          inputMode="decimal"
          className="max-w-xs"
          error={errors.fixedPartPercent?.message}
          {...register('fixedPartPercent')}
        />
      ) : null}
      <CostShareTable members={members} words={words.table} and={words.and} locale={locale} />
    </FormSection>
  );
}
