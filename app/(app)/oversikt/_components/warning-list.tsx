// A cooperation's warnings, collapsed: the title and severity first; open one for the facts
// that raised it and what the research advises.
import type { Warning } from '@/lib/domain/warnings';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';

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
                <SeverityTag severity={w.severity} />
              </summary>
              <WarningFacts warning={w} />
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
