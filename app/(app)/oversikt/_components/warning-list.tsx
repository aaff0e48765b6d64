// A cooperation's warnings on its dashboard card. High-severity warnings are shown open,
// with the facts that raised them and what the research advises; the rest sit in a panel
// that opens to the same.
import type { Warning } from '@/lib/domain/warnings';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';

function WarningItem({ warning, open }: { warning: Warning; open: boolean }) {
  return (
    <details open={open} className="group rounded-md bg-[var(--ds-color-neutral-background-default)] px-3 py-2">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 text-sm [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="bb-muted inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        <span className="font-semibold">{warning.title}</span>
        <SeverityTag severity={warning.severity} />
      </summary>
      <WarningFacts warning={warning} />
    </details>
  );
}

export function WarningList({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  const high = warnings.filter((w) => w.severity === 'hoy');
  const rest = warnings.filter((w) => w.severity !== 'hoy');
  return (
    <div className="mt-4 space-y-2">
      {high.length > 0 ? (
        <div className="rounded-md border border-[var(--ds-color-danger-border-subtle)] bg-[var(--ds-color-danger-surface-tinted)] p-2" data-testid="hoye-varsler">
          <p className="px-1 pb-1 text-sm font-semibold">Varsler med høy alvorlighet ({high.length})</p>
          <ul className="space-y-2">
            {high.map((w) => (
              <li key={w.id}>
                <WarningItem warning={w} open />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rest.length > 0 ? (
        <details className="rounded-md border border-[var(--ds-color-warning-border-subtle)] bg-[var(--ds-color-warning-surface-tinted)]">
          <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
            {high.length > 0 ? 'Andre varsler' : 'Varsler'} ({rest.length})
          </summary>
          <ul className="space-y-2 px-3 pb-3">
            {rest.map((w) => (
              <li key={w.id}>
                <WarningItem warning={w} open={false} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
