'use client';
// The operative leader: who, how recruited (intern/«organisk» or ekstern/nøytral, IRIS/KS
// 2013 kap. 6.1 punkt 7) and how the position is funded (minimum support).
import { useFormContext } from 'react-hook-form';
import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { DesignInput } from '@/lib/pure/validation/phases/design';
import { RECRUITMENTS } from '@/lib/pure/validation/phases/design-options';
import { FormSection } from '@/app/_components/phase/form-section';
import type { DesignWords } from './words';
import { radio } from '@/lib/client/forms';

const RECRUITMENT_ERROR_ID = 'rekruttering-feil';

export function LeaderSection({ words }: { words: DesignWords['leder'] }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const e = errors.leader;
  const recruitment = { intern: { label: words.intern, description: words.internDescription }, ekstern: { label: words.ekstern, description: words.eksternDescription } };
  return (
    <FormSection title={words.title} section="design.leder" description={words.description}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Textfield label={words.name} autoComplete="off" error={e?.name?.message} {...register('leader.name')} />
        <Textfield label={words.position} description={words.positionDescription} error={e?.title?.message} {...register('leader.title')} />
      </div>
      <Fieldset aria-describedby={e?.recruitment?.message ? RECRUITMENT_ERROR_ID : undefined}>
        <Fieldset.Legend>{words.recruitment}</Fieldset.Legend>
        <Radio label={words.undecided} {...radio(register, 'leader.recruitment', '')} />
        {RECRUITMENTS.map((r) => (
          <Radio key={r} label={recruitment[r].label} description={recruitment[r].description} {...radio(register, 'leader.recruitment', r)} />
        ))}
        {e?.recruitment?.message ? <ValidationMessage id={RECRUITMENT_ERROR_ID}>{e.recruitment.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        label={words.funding}
        description={words.fundingDescription}
        error={e?.funding?.message}
        {...register('leader.funding')}
      />
    </FormSection>
  );
}
