// The log of one item (or of items since removed from the plan), newest first.
import type { ExecutionRow } from '@/db/queries/follow-up';
import { formatDate } from '@/lib/pure/format';

export function ExecutionList({ executions }: { executions: ExecutionRow[] }) {
  if (executions.length === 0) return <p className="bb-muted mt-2 text-sm">Ingen gjennomføringer er registrert.</p>;
  return (
    <ol className="mt-2 space-y-2 text-sm">
      {executions.map((e) => (
        <li key={e.id} className="border-l-2 border-[var(--ds-color-neutral-border-subtle)] pl-3">
          <span className="font-semibold">{formatDate(e.executedOn)}</span> – {e.description}
          {e.url ? (
            <>
              {' '}
              <a href={e.url} rel="noreferrer" target="_blank">
                Lenke<span className="ds-sr-only"> til gjennomføringen {formatDate(e.executedOn)} (åpnes i ny fane)</span>
              </a>
            </>
          ) : null}
          {e.loggedByName ? <span className="bb-muted block text-xs">Registrert av {e.loggedByName}</span> : null}
        </li>
      ))}
    </ol>
  );
}
