'use client';
// «Sammenlign formene» under the legal-form choice: a disclosure whose comparison table loads
// only when it is first opened, like the advisor above it, so the design page carries no extra
// JavaScript for those who choose without it (scripts/js-budget.ts).
import { lazy, Suspense, useState } from 'react';
import { Details } from '@digdir/designsystemet-react';
import type { DesignWords, LegalFormChoice } from './words';

const FormComparison = lazy(() => import('./form-comparison').then((m) => ({ default: m.FormComparison })));

export function FormComparisonDisclosure({ chosen, words, choice }: { chosen: string; words: DesignWords['sammenligning']; choice: LegalFormChoice }) {
  const [opened, setOpened] = useState(false);
  return (
    <Details data-testid="sammenlign-formene" onToggle={() => setOpened(true)}>
      <Details.Summary>{words.summary}</Details.Summary>
      <Details.Content>
        {opened ? (
          <Suspense fallback={<p className="bb-muted text-sm">{words.loading}</p>}>
            <FormComparison chosen={chosen} words={words} choice={choice} />
          </Suspense>
        ) : null}
      </Details.Content>
    </Details>
  );
}
