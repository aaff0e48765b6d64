// The lifecycle history: who took which step, when, from where to where, and why.
import type { StateValue } from 'xstate';
import { formatDateTime } from '@/lib/format';
import { historyLabel } from '@/workflows/cooperation/events';
import { stateLabel } from '@/workflows/cooperation/states';

export interface TimelineEvent {
  seq: number;
  eventType: string;
  fromState: unknown;
  toState: unknown;
  actorName: string;
  comment: string | null;
  createdAt: Date;
}

function label(value: unknown): string {
  try {
    return stateLabel(value as StateValue);
  } catch {
    return 'ukjent tilstand';
  }
}

export function HistoryTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <section aria-labelledby="historikk-tittel" className="bb-panel">
      <h2 id="historikk-tittel" className="ds-heading" data-size="xs">
        Historikk
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm">Ingen steg er tatt ennå. Samarbeidet ble opprettet som utkast.</p>
      ) : (
        <ol className="mt-4 space-y-4 border-l-2 border-[var(--ds-color-neutral-border-subtle)] pl-4" data-testid="historikk">
          {events.map((e) => (
            <li key={e.seq} className="relative">
              <span aria-hidden="true" className="absolute -left-[1.45rem] top-1.5 h-3 w-3 rounded-full bg-[var(--ds-color-accent-base-default)]" />
              <p className="font-semibold">{historyLabel(e.eventType)}</p>
              <p className="bb-muted text-sm">
                {formatDateTime(e.createdAt)} · {e.actorName} · {label(e.fromState)} → {label(e.toState)}
              </p>
              {e.comment ? <p className="mt-1 text-sm">«{e.comment}»</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
