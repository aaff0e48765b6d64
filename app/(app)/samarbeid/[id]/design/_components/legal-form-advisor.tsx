'use client';
// «Hjelp meg å velge» on the legal-form choice: a disclosure whose questions and answer table
// load only when it is first opened, so the design page carries no extra JavaScript for
// those who choose without it (scripts/js-budget.ts).
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { useFormContext } from 'react-hook-form';
import { Details } from '@digdir/designsystemet-react';
import type { DesignInput } from '@/lib/pure/validation/phases/design';

const LegalFormAdvisorBody = dynamic(() => import('./legal-form-advisor-body').then((m) => m.LegalFormAdvisorBody), {
  ssr: false,
  loading: () => <p className="bb-muted text-sm">Henter spørsmålene …</p>,
});

export function LegalFormAdvisor() {
  const { formState } = useFormContext<DesignInput>();
  const [opened, setOpened] = useState(false);
  // A read-only design has no choice to help with.
  if (formState.disabled) return null;
  return (
    <Details data-testid="hjelp-meg-a-velge" onToggle={() => setOpened(true)}>
      <Details.Summary>Hjelp meg å velge</Details.Summary>
      <Details.Content>{opened ? <LegalFormAdvisorBody /> : null}</Details.Content>
    </Details>
  );
}
