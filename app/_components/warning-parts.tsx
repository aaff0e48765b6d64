// The pieces every warning shows wherever it appears (dashboard, evaluation results): its
// severity as a tag with words for screen readers, and the facts that raised it with what
// the research advises.
import { Tag } from '@digdir/designsystemet-react';
import type { Severity, Warning } from '@/lib/pure/domain/warnings';

const SEVERITY: Record<Severity, { label: string; color: 'danger' | 'warning' | 'info' }> = {
  hoy: { label: 'Høy', color: 'danger' },
  middels: { label: 'Middels', color: 'warning' },
  lav: { label: 'Lav', color: 'info' },
};

export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <Tag data-color={SEVERITY[severity].color} data-size="sm">
      {SEVERITY[severity].label}
      <span className="ds-sr-only"> alvorlighet</span>
    </Tag>
  );
}

export function WarningFacts({ warning }: { warning: Warning }) {
  return (
    <>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
        {warning.facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <span className="font-semibold">Råd: </span>
        {warning.advice}
      </p>
    </>
  );
}
