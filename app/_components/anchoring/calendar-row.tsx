'use client';
// One occurrence in the calendar table. Overdue rows stand out by colour and by the word
// "Forfalt"; the log button is most prominent where something is overdue. A row without
// the button says why (someone else logs it, or the cooperation has ended). Words: props.
import Link from 'next/link';
import { Button, TableCell, TableRow } from '@digdir/designsystemet-react';
import { formatDate } from '@/lib/pure/format';
import type { CalendarRow as Row } from '@/lib/pure/calendar/calendar-rows';
import { OccurrenceLogDetails, OccurrenceStatusTag } from './occurrence-status';
import { fill, type CalendarWords } from './calendar-words';

export function CalendarRow({
  row,
  today,
  showCooperation,
  onLog,
  words,
}: {
  row: Row;
  today: string;
  showCooperation: boolean;
  onLog: (row: Row, button: HTMLButtonElement) => void;
  words: CalendarWords;
}) {
  const date = (d: string) => formatDate(d, words.locale);
  const overdue = row.view === 'forfalt';
  const cell = `align-top ${overdue ? 'bg-[var(--ds-color-danger-surface-tinted)]' : ''}`;
  const verb = row.status === 'planlagt' ? words.register : words.change;
  const soon = row.calendarDate.slice(0, 7) <= today.slice(0, 7);
  return (
    <TableRow data-testid={`forankring-${row.id}`} data-frist={row.dueDate} data-status={row.view}>
      <TableCell className={`${cell} whitespace-nowrap ${overdue ? 'border-l-4 border-l-[var(--ds-color-danger-base-default)]' : ''}`}>
        {date(row.calendarDate)}
        {row.calendarDate !== row.dueDate ? <div className="bb-muted text-xs">{fill(words.due, { date: date(row.dueDate) })}</div> : null}
      </TableCell>
      {showCooperation ? (
        <TableCell className={cell}>
          <Link href={`/samarbeid/${row.cooperationId}/forankring`}>{row.cooperationName}</Link>
        </TableCell>
      ) : null}
      <TableCell className={cell}>
        {row.body}
        <div className="bb-muted text-xs">
          {words[row.level]}, {words[row.kind]}
        </div>
        {row.eventLabel ? <div className="text-xs font-semibold">{row.eventLabel}</div> : null}
      </TableCell>
      {showCooperation ? null : <TableCell className={cell}>{row.memberName}</TableCell>}
      <TableCell className={cell}>
        <OccurrenceStatusTag view={row.view} label={words.visning[row.view]} />
        <OccurrenceLogDetails row={row} words={words} />
      </TableCell>
      <TableCell className={`${cell} text-right`}>
        {row.canLog ? (
          <Button
            variant={overdue ? 'primary' : soon && row.status === 'planlagt' ? 'secondary' : 'tertiary'}
            data-size="sm"
            aria-label={fill(words.buttonLabel, { verb, body: row.body, member: row.memberName, date: date(row.dueDate) })}
            onClick={(e) => onLog(row, e.currentTarget)}
          >
            {verb}
          </Button>
        ) : (
          <span className="bb-muted block text-left text-xs">{row.noLogReason}</span>
        )}
      </TableCell>
    </TableRow>
  );
}
