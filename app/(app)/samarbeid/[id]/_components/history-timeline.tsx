// The cooperation's history: each lifecycle step told as what happened (who, when, what it
// meant, and their comment); each save as the fields it changed, old -> new; each corrected
// member decision with its reason. Newest first, paged. No state names or codes: the phrases
// come from history.ts.
import Link from 'next/link';
import { Tag } from '@digdir/designsystemet-react';
import { formatDateTime } from '@/lib/pure/format';
import { FieldChange } from './field-change';
import type { FieldChangeView, HistoryEntry } from './history';

function Changes({ changes }: { changes: FieldChangeView[] }) {
  return (
    <ul className="mt-1 space-y-1 text-sm" data-testid="endringer">
      {changes.map((c, i) => (
        <li key={i}>
          <FieldChange {...c} />
          {c.public ? (
            <Tag data-color="info" data-size="sm" className="ml-2 align-middle">
              Offentlig
            </Tag>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Entry({ e }: { e: HistoryEntry }) {
  return (
    <>
      <p className="font-semibold">{e.title}</p>
      <p className="bb-muted text-sm">
        {formatDateTime(e.at)} · {e.actorName}
      </p>
      {e.kind === 'step' && e.detail ? <p className="mt-1 text-sm">{e.detail}</p> : null}
      {e.kind === 'step' && e.comment ? <p className="mt-1 text-sm">«{e.comment}»</p> : null}
      {e.kind !== 'step' ? <Changes changes={e.changes} /> : null}
      {e.kind === 'correction' ? <p className="mt-1 text-sm">Begrunnelse: «{e.reason}»</p> : null}
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
              <Entry e={e} />
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
