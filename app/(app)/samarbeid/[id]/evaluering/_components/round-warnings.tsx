// The warnings at the round's close, each with the facts (data and, where the answers were
// low, the round's own scores) and what the research advises. Shown open: they are the point.
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Severity, Warning } from '@/lib/domain/warnings';

const SEVERITY: Record<Severity, { label: string; color: 'danger' | 'warning' | 'info' }> = {
  hoy: { label: 'Høy', color: 'danger' },
  middels: { label: 'Middels', color: 'warning' },
  lav: { label: 'Lav', color: 'info' },
};

export function RoundWarnings({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) {
    return <Paragraph data-size="sm" className="mt-2">Ingen varsler da runden ble lukket.</Paragraph>;
  }
  return (
    <ul className="mt-3 space-y-3" data-testid="varsler">
      {warnings.map((w) => (
        <li key={w.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level={3} data-size="2xs">
              {w.title}
            </Heading>
            <Tag data-color={SEVERITY[w.severity].color} data-size="sm">
              {SEVERITY[w.severity].label}
              <span className="ds-sr-only"> alvorlighet</span>
            </Tag>
          </div>
          <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
            {w.facts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <span className="font-semibold">Råd: </span>
            {w.advice}
          </p>
        </li>
      ))}
    </ul>
  );
}
