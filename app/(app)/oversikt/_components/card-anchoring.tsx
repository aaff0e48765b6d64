// The anchoring part of a dashboard card: the next point, the last one held, what is overdue.
import Link from 'next/link';
import { Heading } from '@digdir/designsystemet-react';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import { joinSome } from '@/lib/pure/domain/nb-text';
import { formatDate } from '@/lib/pure/format';

export function CardAnchoring({ card }: { card: DashboardCard }) {
  const shown = card.overdue.reduce((n, g) => n + g.memberNames.length, 0);
  return (
    <div>
      <Heading level={4} data-size="2xs">
        Forankring
      </Heading>
      <dl className="mt-1 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[5.5rem_1fr]">
        <dt className="bb-muted">Neste</dt>
        <dd data-testid="neste-forankring">
          {card.next ? (
            <>
              <strong>{formatDate(card.next.date)}</strong>:{' '}
              {card.next.entries.map((e) => `${e.body} i ${e.allMembers ? `alle ${e.memberNames.length} deltakerne` : joinSome(e.memberNames, 3)}`).join('; ')}
            </>
          ) : (
            'Ingen planlagte forankringer'
          )}
        </dd>
        <dt className="bb-muted">Sist holdt</dt>
        <dd data-testid="sist-holdt">
          {card.lastHeld ? (
            <>
              <strong>{formatDate(card.lastHeld.date)}</strong>: {card.lastHeld.body} i {card.lastHeld.memberName}
              {card.lastHeld.saksnummer ? ` (saksnr. ${card.lastHeld.saksnummer})` : ''}
            </>
          ) : (
            'Ingen registrert'
          )}
        </dd>
      </dl>
      {card.overdueCount > 0 ? (
        <div className="mt-2 rounded-md bg-[var(--ds-color-danger-surface-tinted)] p-3 text-sm" data-testid="forfalte">
          <p className="font-semibold">Forfalt</p>
          <ul className="mt-1 space-y-0.5">
            {card.overdue.map((o) => (
              <li key={`${o.dueDate}-${o.body}`}>
                <strong>
                  {o.body}, frist {formatDate(o.dueDate)}:
                </strong>{' '}
                {joinSome(o.memberNames, 3)}
              </li>
            ))}
          </ul>
          {card.overdueCount > shown ? <p className="mt-1">… og {card.overdueCount - shown} til.</p> : null}
        </div>
      ) : null}
      <p className="mt-2 text-sm">
        <Link href={`/samarbeid/${card.id}/forankring`}>
          Forankringskalenderen<span className="ds-sr-only"> for {card.name}</span>
        </Link>
      </p>
    </div>
  );
}
