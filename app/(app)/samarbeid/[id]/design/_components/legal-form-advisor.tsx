'use client';
// «Hjelp meg å velge» on the legal-form choice: a disclosure whose questions and answer table
// load only when it is first opened, so the design page carries no extra JavaScript for
// those who choose without it (scripts/js-budget.ts).
import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Details } from '@digdir/designsystemet-react';
import type { DesignInput } from '@/lib/pure/validation/phases/design';
import type { LegalFormChoice } from './words';

const LegalFormAdvisorBody = lazy(() => import('./legal-form-advisor-body').then((m) => ({ default: m.LegalFormAdvisorBody })));

export function LegalFormAdvisor({ choice }: { choice: LegalFormChoice }) {
  const { formState } = useFormContext<DesignInput>();
  const [opened, setOpened] = useState(false);
  // A read-only design has no choice to help with.
  if (formState.disabled) return null;
  return (
    <Details data-testid="hjelp-meg-a-velge" onToggle={() => setOpened(true)}>
      <Details.Summary>{choice.aid.summary}</Details.Summary>
      <Details.Content>
        {opened ? (
          <Suspense fallback={<p className="bb-muted text-sm">{choice.aid.loading}</p>}>
            <LegalFormAdvisorBody choice={choice} />
          </Suspense>
        ) : null}
      </Details.Content>
    </Details>
  );
}
