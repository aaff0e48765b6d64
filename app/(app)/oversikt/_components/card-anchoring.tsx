// The anchoring part of a dashboard card: the next point, the last one held, what is overdue.
// Bodies and member names are data (stored with the card); the words around them translate.
import Link from 'next/link';
import { Heading } from '@digdir/designsystemet-react';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import { formatDate } from '@/lib/pure/format';
import { someOf, type OverviewWords } from './words';

export function CardAnchoring({ card, words }: { card: DashboardCard; words: OverviewWords }) {
  const { t, locale } = words;
  const shown = card.overdue.reduce((n, g) => n + g.memberNames.length, 0);
  return (
    <div>
      <Heading level={4} data-size="2xs">
        {t('forankring.heading')}
      </Heading>
      <dl className="mt-1 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[5.5rem_1fr]">
        <dt className="bb-muted">{t('forankring.next')}</dt>
        <dd data-testid="neste-forankring">
          {card.next ? (
            <>
              <strong>{formatDate(card.next.date, locale)}</strong>:{' '}
              {card.next.entries
                .map((e) => t('forankring.entry', { body: e.body, members: e.allMembers ? t('forankring.allMembers', { count: e.memberNames.length }) : someOf(words, e.memberNames, 3) }))
                .join('; ')}
            </>
          ) : (
            t('forankring.nonePlanned')
          )}
        </dd>
        <dt className="bb-muted">{t('forankring.lastHeld')}</dt>
        <dd data-testid="sist-holdt">
          {card.lastHeld ? (
            <>
              <strong>{formatDate(card.lastHeld.date, locale)}</strong>: {t('forankring.entry', { body: card.lastHeld.body, members: card.lastHeld.memberName })}
              {card.lastHeld.saksnummer ? t('forankring.caseNumber', { number: card.lastHeld.saksnummer }) : ''}
            </>
          ) : (
            t('forankring.noneRegistered')
          )}
        </dd>
      </dl>
      {card.overdueCount > 0 ? (
        <div className="bb-danger-note mt-2 p-3 text-sm" data-testid="forfalte">
          <p className="font-semibold">{t('forankring.overdue')}</p>
          <ul className="mt-1 space-y-0.5">
            {card.overdue.map((o) => (
              <li key={`${o.dueDate}-${o.body}`}>
                <strong>{t('forankring.overdueItem', { body: o.body, date: formatDate(o.dueDate, locale) })}</strong> {someOf(words, o.memberNames, 3)}
              </li>
            ))}
          </ul>
          {card.overdueCount > shown ? <p className="mt-1">{t('forankring.more', { count: card.overdueCount - shown })}</p> : null}
        </div>
      ) : null}
      <p className="mt-2 text-sm">
        <Link href={`/samarbeid/${card.id}/forankring`}>
          {t('forankring.calendar')}
          <span className="ds-sr-only">{t('forankring.calendarFor', { name: card.name })}</span>
        </Link>
      </p>
    </div>
  );
}
