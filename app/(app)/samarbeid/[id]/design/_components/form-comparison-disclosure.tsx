'use client';
// «Sammenlign formene» under the legal-form choice: a disclosure whose comparison table loads
// only when it is first opened, like the advisor above it, so the design page carries no extra
// JavaScript for those who choose without it (scripts/js-budget.ts).
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { Details } from '@digdir/designsystemet-react';

const FormComparison = dynamic(() => import('./form-comparison').then((m) => m.FormComparison), {
  ssr: false,
  loading: () => <p className="bb-muted text-sm">Henter sammenligningen …</p>,
});

export function FormComparisonDisclosure({ chosen }: { chosen: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <Details data-testid="sammenlign-formene" onToggle={() => setOpened(true)}>
      <Details.Summary>Sammenlign formene</Details.Summary>
      <Details.Content>{opened ? <FormComparison chosen={chosen} /> : null}</Details.Content>
    </Details>
  );
}
