// The warnings at the round's close, each with the facts (data and, where the answers were
// low, the round's own scores) and what the research advises. Shown open: they are the point.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Warning } from '@/lib/pure/domain/warnings';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';

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
            <SeverityTag severity={w.severity} />
          </div>
          <WarningFacts warning={w} />
        </li>
      ))}
    </ul>
  );
}
