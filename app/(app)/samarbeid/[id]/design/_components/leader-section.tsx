'use client';
// The operative leader: who, how recruited (intern/«organisk» or ekstern/nøytral, IRIS/KS
// 2013 kap. 6.1 punkt 7) and how the position is funded (minimum support).
import { useFormContext } from 'react-hook-form';
import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { RECRUITMENT_LABELS, RECRUITMENTS, type DesignInput } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';

const RECRUITMENT_ERROR_ID = 'rekruttering-feil';

export function LeaderSection() {
  const {
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const e = errors.leader;
  return (
    <FormSection
      title="Operativ leder"
      section="design.leder"
      description="Lederen er ofte den som avgjør om samarbeidet lykkes. Velg bevisst, og sørg for at stillingen er finansiert."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Textfield label="Navn" autoComplete="off" error={e?.name?.message} {...register('leader.name')} />
        <Textfield label="Stilling" description="For eksempel daglig leder eller koordinator." error={e?.title?.message} {...register('leader.title')} />
      </div>
      <Fieldset aria-describedby={e?.recruitment?.message ? RECRUITMENT_ERROR_ID : undefined}>
        <Fieldset.Legend>Rekruttering</Fieldset.Legend>
        <Radio label="Ikke bestemt ennå" value="" {...register('leader.recruitment')} />
        {RECRUITMENTS.map((r) => (
          <Radio
            key={r}
            label={RECRUITMENT_LABELS[r].label}
            description={RECRUITMENT_LABELS[r].description}
            value={r}
            {...register('leader.recruitment')}
          />
        ))}
        {e?.recruitment?.message ? <ValidationMessage id={RECRUITMENT_ERROR_ID}>{e.recruitment.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        label="Finansiering av stillingen"
        description="For eksempel full stilling i samarbeidets budsjett, eller delt mellom kommunene."
        error={e?.funding?.message}
        {...register('leader.funding')}
      />
    </FormSection>
  );
}
