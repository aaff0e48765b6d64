'use client';
// Budget, financing and the host's compensation for its own time (NORCE 2023: the cost of
// hosting must be visible and paid for).
import { useFormContext, useWatch } from 'react-hook-form';
import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { joinNb } from '@/lib/pure/domain/nb-text';
import type { InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { FormSection } from '@/app/_components/phase/form-section';

export function EconomySection({ hostNames }: { hostNames: string[] }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<InnrammingInput>();
  const none = useWatch({ control, name: 'hostCompensationNone' });
  return (
    <FormSection title="Budsjett og finansiering" section="innramming.okonomi">
      <Textfield
        label="Årsbudsjett"
        description="I kroner per år, for eksempel 1 250 000 eller 1 250 000,50."
        suffix="kr"
        inputMode="decimal"
        autoComplete="off"
        error={errors.budget?.message}
        {...register('budget')}
      />
      <Textfield
        multiline
        rows={3}
        label="Finansiering"
        description="Hvor pengene kommer fra: kommunale bidrag, tilskudd, gebyrer, prosjektmidler."
        error={errors.financing?.message}
        {...register('financing')}
      />
      <div className="flex flex-col gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] pt-4">
        <p className="text-sm">
          {hostNames.length > 0
            ? `${joinNb(hostNames)} er vertskommune. Oppgi hva vertskommunen får for egen tid til ledelse og administrasjon, som beløp, beskrivelse eller begge.`
            : 'Ingen deltaker er vertskommune. Har samarbeidet en vertskommune, oppgi kompensasjonen her (velg rollen i design-fasen).'}
        </p>
        <Textfield
          label="Kompensasjon til vertskommunen"
          description="I kroner per år."
          suffix="kr"
          inputMode="decimal"
          autoComplete="off"
          error={errors.hostCompensation?.message}
          {...register('hostCompensation')}
        />
        <Textfield
          multiline
          rows={2}
          label="Beskrivelse av kompensasjonen"
          description="For eksempel hva beløpet dekker, eller hvordan kompensasjonen beregnes."
          error={errors.hostCompensationNote?.message}
          {...register('hostCompensationNote', { deps: ['hostCompensation'] })}
        />
        {hostNames.length > 0 ? (
          <>
            <Checkbox
              label="Avtalen sier at vertskommunen med vilje ikke skal ha godtgjøring"
              description="Uten dette gir 0 kr et varsel om at samarbeidskostnaden til vertskommunen ikke er dekket."
              error={errors.hostCompensationNone?.message}
              {...register('hostCompensationNone', { deps: ['hostCompensation'] })}
            />
            {none ? (
              <Textfield
                multiline
                rows={2}
                label="Hvorfor skal vertskommunen ikke ha godtgjøring?"
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
