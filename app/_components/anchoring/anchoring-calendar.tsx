'use client';
// The anchoring calendar: one table per month (same columns in every month, so the months
// read as one calendar), and one dialog for logging whichever occurrence the user picked.
// The confirmation after logging sticks to the top of the window while the calendar is in
// view, so it shows beside the row the user just logged, however far down that is. The words
// come from the server page in its language (./calendar-words.ts).
import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Dialog, Heading, TableBody, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { groupByMonth } from '@/lib/pure/dashboard/occurrences';
import { formatDate } from '@/lib/pure/format';
import { CalendarRow } from './calendar-row';
import type { CalendarRow as Row } from '@/lib/pure/calendar/calendar-rows';
import { LogOccurrenceForm } from './log-occurrence-form';
import { fill, type CalendarWords } from './calendar-words';

export function AnchoringCalendar({ rows, today, showCooperation = false, words }: { rows: Row[]; today: string; showCooperation?: boolean; words: CalendarWords }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const [selected, setSelected] = useState<Row | null>(null);
  const feedback = useFeedback();
  const months = groupByMonth(rows, (r) => r.calendarDate).map((m) => {
    const [year, month] = m.month.split('-');
    return words.months ? { ...m, label: `${words.months[Number(month) - 1] ?? month} ${year}` } : m;
  });

  const open = (row: Row, button: HTMLButtonElement) => {
    trigger.current = button;
    feedback.clear();
    setSelected(row);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setSelected(null);
    trigger.current?.focus();
  };

  return (
    <>
      <div data-testid="forankring-melding" className="sticky top-0 z-10">
        <FeedbackMessage entry={feedback.entry} />
      </div>
      {months.length === 0 ? <p className="bb-panel">{words.none}</p> : null}
      <div className="space-y-6">
        {months.map((month) => (
          <section key={month.month} aria-labelledby={`maaned-${month.month}`} className="bb-panel">
            <Heading level={3} id={`maaned-${month.month}`} data-size="xs" className="first-letter:uppercase">
              {month.label}
            </Heading>
            {/* Fixed columns plus room for the body's name: below that width the table scrolls in its own region. */}
            <div className="mt-3">
              <Table className={`w-full table-fixed ${showCooperation ? 'min-w-[62rem]' : 'min-w-[56rem]'}`} data-size="sm" scrollLabel={fill(words.caption, { month: month.label })}>
                <caption className="ds-sr-only">{fill(words.caption, { month: month.label })}</caption>
                <colgroup>
                  <col className="w-28" />
                  {showCooperation ? <col className="w-72" /> : null}
                  <col />
                  {showCooperation ? null : <col className="w-52" />}
                  <col className="w-60" />
                  {/* Room for the reason a row has no button. */}
                  <col className="w-36" />
                </colgroup>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{words.date}</TableHeaderCell>
                    {showCooperation ? <TableHeaderCell>{words.cooperation}</TableHeaderCell> : null}
                    <TableHeaderCell>{words.body}</TableHeaderCell>
                    {/* On a municipality's calendar every row is that municipality. */}
                    {showCooperation ? null : <TableHeaderCell>{words.member}</TableHeaderCell>}
                    <TableHeaderCell>{words.status}</TableHeaderCell>
                    <TableHeaderCell>
                      <span className="ds-sr-only">{words.action}</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {month.items.map((row) => (
                    <CalendarRow key={row.id} row={row} today={today} showCooperation={showCooperation} onLog={open} words={words} />
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
        ))}
      </div>
      <Dialog ref={dialog} onClose={() => setSelected(null)} aria-labelledby="logg-tittel" closedby="any">
        {selected ? (
          <>
            <Heading level={2} id="logg-tittel" data-size="sm" className="pr-10">
              {selected.body} – {selected.memberName}
            </Heading>
            <p className="bb-muted mt-1 mb-4 text-sm">
              {showCooperation ? `${selected.cooperationName}. ` : ''}
              {fill(words.dialogDue, { date: formatDate(selected.dueDate, words.locale) })}
            </p>
            <LogOccurrenceForm
              key={selected.id}
              row={selected}
              today={today}
              words={words.logg}
              locale={words.locale}
              onCancel={close}
              onDone={(text) => {
                close();
                feedback.success(text);
                router.refresh();
              }}
            />
          </>
        ) : null}
      </Dialog>
    </>
  );
}
