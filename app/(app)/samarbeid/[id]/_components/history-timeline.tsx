// The cooperation's history: who took which lifecycle step, when, from where to where and
// why; and who changed which fields of its forms, old -> new. Newest first, paged.
import Link from 'next/link';
import type { StateValue } from 'xstate';
import { Tag } from '@digdir/designsystemet-react';
import { SAVE_UNIT_LABELS, type SaveUnit } from '@/lib/domain/section-rules';
import { formatDateTime } from '@/lib/format';
import { historyLabel } from '@/workflows/cooperation/events';
import { stateLabel } from '@/workflows/cooperation/states';
import type { ChangeEntry, HistoryEntry, StepEntry } from './history';

const MAX_SHOWN = 280;

function label(value: unknown): string {
  try {
    return stateLabel(value as StateValue);
  } catch {
    return 'ukjent tilstand';
  }
}

function Value({ text }: { text: string | null }) {
  if (text === null) return <span className="bb-muted">(tomt)</span>;
  return <span className="[overflow-wrap:anywhere]">{text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)} …` : text}</span>;
}

function Step({ e }: { e: StepEntry }) {
  return (
    <>
      <p className="font-semibold">{historyLabel(e.eventType)}</p>
      <p className="bb-muted text-sm">
        {formatDateTime(e.at)} · {e.actorName} · {label(e.fromState)} → {label(e.toState)}
      </p>
      {e.comment ? <p className="mt-1 text-sm">«{e.comment}»</p> : null}
    </>
  );
}

function Changes({ e }: { e: ChangeEntry }) {
  return (
    <>
      <p className="font-semibold">Endret: {SAVE_UNIT_LABELS[e.unit as SaveUnit] ?? e.unit}</p>
      <p className="bb-muted text-sm">
        {formatDateTime(e.at)} · {e.actorName}
      </p>
      <ul className="mt-1 space-y-1 text-sm" data-testid="endringer">
        {e.changes.map((c, i) => (
          <li key={i}>
            {/* Read aloud as «fra … til …»; seen as «… → …». */}
            <span className="font-semibold">{c.field}:</span> <span className="ds-sr-only">fra </span>
            <Value text={c.old} /> <span aria-hidden="true">→</span> <span className="ds-sr-only">til </span>
            <Value text={c.new} />
            {c.public ? (
              <Tag data-color="info" data-size="sm" className="ml-2 align-middle">
                Offentlig
              </Tag>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function HistoryTimeline({ entries, moreHref }: { entries: HistoryEntry[]; moreHref: string | null }) {
  return (
    <section aria-labelledby="historikk-tittel" className="bb-panel" id="historikk">
      <h2 id="historikk-tittel" className="ds-heading" data-size="xs">
        Historikk
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm">Ingen steg er tatt og ingenting er endret ennå. Samarbeidet ble opprettet som utkast.</p>
      ) : (
        <ol className="mt-4 space-y-4 border-l-2 border-[var(--ds-color-neutral-border-subtle)] pl-4" data-testid="historikk">
          {entries.map((e) => (
            <li key={e.key} className="relative" data-kind={e.kind}>
              <span
                aria-hidden="true"
                className={`absolute -left-[1.45rem] top-1.5 h-3 w-3 rounded-full ${e.kind === 'step' ? 'bg-[var(--ds-color-accent-base-default)]' : 'border-2 border-[var(--ds-color-accent-base-default)] bg-[var(--ds-color-neutral-background-default)]'}`}
              />
              {e.kind === 'step' ? <Step e={e} /> : <Changes e={e} />}
            </li>
          ))}
        </ol>
      )}
      {moreHref ? (
        <p className="mt-4 text-sm">
          <Link href={moreHref} scroll={false}>
            Vis eldre historikk
          </Link>
        </p>
      ) : null}
    </section>
  );
}
