// A cooperation's warnings, collapsed: the title and severity first; open one for the facts
// that raised it and what the research advises.
import { Tag } from '@digdir/designsystemet-react';
import type { Severity, Warning } from '@/lib/domain/warnings';

const SEVERITY: Record<Severity, { label: string; color: 'danger' | 'warning' | 'info' }> = {
  hoy: { label: 'Høy', color: 'danger' },
  middels: { label: 'Middels', color: 'warning' },
  lav: { label: 'Lav', color: 'info' },
};

export function WarningList({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  const high = warnings.filter((w) => w.severity === 'hoy').length;
  return (
    <details className="mt-4 rounded-md border border-[var(--ds-color-warning-border-subtle)] bg-[var(--ds-color-warning-surface-tinted)]">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
        Varsler ({warnings.length}){high > 0 ? `, ${high} med høy alvorlighet` : ''}
      </summary>
      <ul className="space-y-2 px-3 pb-3">
        {warnings.map((w) => (
          <li key={w.id}>
            <details className="group rounded-md bg-[var(--ds-color-neutral-background-default)] px-3 py-2">
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 text-sm [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true" className="bb-muted inline-block transition-transform group-open:rotate-90">
                  ›
                </span>
                <span className="font-semibold">{w.title}</span>
                <Tag data-color={SEVERITY[w.severity].color} data-size="sm">
                  {SEVERITY[w.severity].label}
                  <span className="ds-sr-only"> alvorlighet</span>
                </Tag>
              </summary>
              <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
                {w.facts.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
              <p className="mt-2 text-sm">
                <span className="font-semibold">Råd: </span>
                {w.advice}
              </p>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
