// The cooperations in work as a table (?visning=tabell, and the first view of a portfolio
// larger than TABLE_FROM): a row each with what the cards say in counts — overdue anchoring and
// the next date, the viewer's tasks and how many are past their deadline, the warnings and how
// many are serious, and the three lights. The name leads to the cooperation's page, where all
// of it is written out. Sorted as the cards are: most overdue first.
import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { TableScroll } from '@/app/_components/table-scroll';
import { RowLights } from '@/app/_components/traffic-lights';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import { formatDate } from '@/lib/pure/format';
import { n, type OverviewWords } from './words';

export function OverviewTable({ cards, words }: { cards: readonly DashboardCard[]; words: OverviewWords }) {
  const { t } = words;
  const caption = t('tabell.caption');
  return (
    <TableScroll label={caption}>
      <Table border className="mt-4 w-full" data-testid="oversikt-tabell">
        <caption className="ds-sr-only">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('tabell.colCooperation')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colAnchoring')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colTasks')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colWarnings')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colLegitimacy')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {cards.map((card) => (
            <OverviewRow key={card.id} card={card} words={words} />
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function OverviewRow({ card, words }: { card: DashboardCard; words: OverviewWords }) {
  const { t, locale } = words;
  const urgentTasks = card.tasks.filter((task) => task.overdue).length;
  const highWarnings = card.warnings.filter((w) => w.severity === 'hoy').length;
  return (
    <TableRow data-testid={`samarbeidsrad-${card.id}`}>
      <TableCell className="min-w-44 align-top">
        <Link href={`/samarbeid/${card.id}`} className="font-semibold">
          {card.name}
        </Link>
        <div className="bb-muted text-sm">
          {words.state(card.state)} · {t('kort.members', { count: card.memberCount, n: n(card.memberCount) })}
        </div>
      </TableCell>
      <TableCell className="align-top text-sm" data-testid="forankring">
        {card.overdueCount > 0 ? <div className="bb-urgent-text">{t('overdue', { count: card.overdueCount, n: n(card.overdueCount) })}</div> : null}
        <div>{card.next ? t('tabell.next', { date: formatDate(card.next.date, locale) }) : t('forankring.nonePlanned')}</div>
      </TableCell>
      <TableCell className="align-top text-sm" data-testid="oppgaver">
        {card.tasks.length > 0 ? t('tasks', { count: card.tasks.length, n: n(card.tasks.length) }) : card.waiting.length > 0 ? t('kort.noTasksForYou') : t('kort.noOpenTasks')}
        {urgentTasks > 0 ? <div className="bb-urgent-text">{t('kort.urgentTasks', { count: urgentTasks, n: n(urgentTasks) })}</div> : null}
      </TableCell>
      <TableCell className="align-top text-sm" data-testid="varsler">
        {card.warnings.length > 0 ? t('warnings', { count: card.warnings.length, n: n(card.warnings.length) }) : t('tabell.noWarnings')}
        {highWarnings > 0 ? <div className="bb-urgent-text">{t('tabell.highWarnings', { n: n(highWarnings) })}</div> : null}
      </TableCell>
      <TableCell className="align-top">
        <RowLights scores={card.scores} label={t('kort.legitimacyFor', { name: card.name })} />
      </TableCell>
    </TableRow>
  );
}
