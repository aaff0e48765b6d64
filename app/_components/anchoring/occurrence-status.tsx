// The status of one occurrence in words and colour, with what was logged about it. Rendered
// inside the client calendar: the words come as props in the page's language.
import type { ReactNode } from 'react';
import { Tag } from '@digdir/designsystemet-react';
import type { OccurrenceView } from '@/lib/pure/dashboard/occurrences';
import { formatDate, formatDateTime } from '@/lib/pure/format';
import type { CalendarRow } from '@/lib/pure/calendar/calendar-rows';
import { fill, type CalendarWords } from './calendar-words';

const COLOURS: Record<OccurrenceView, 'danger' | 'warning' | 'success' | 'neutral'> = {
  forfalt: 'danger',
  ikke_holdt: 'danger',
  utsatt: 'warning',
  holdt: 'success',
  planlagt: 'neutral',
};

export function OccurrenceStatusTag({ view, label }: { view: OccurrenceView; label: string }) {
  return (
    // Overdue rows are tinted red, so their tag is outlined to stay visible on the tint.
    <Tag data-color={COLOURS[view]} data-size="sm" variant={view === 'planlagt' || view === 'forfalt' ? 'outline' : 'default'} className={view === 'forfalt' ? 'font-semibold' : undefined}>
      {label}
    </Tag>
  );
}

/** Case number, minutes, note and who logged it; nothing for a planned occurrence. */
export function OccurrenceLogDetails({ row, words }: { row: CalendarRow; words: Pick<CalendarWords, 'detaljer' | 'locale'> }) {
  const w = words.detaljer;
  const facts: ReactNode[] = [];
  if (row.movedTo) facts.push(<span key="moved">{fill(w.newDate, { date: formatDate(row.movedTo, words.locale) })}</span>);
  if (row.saksnummer) facts.push(<span key="sak">{fill(w.caseNumber, { saksnummer: row.saksnummer })}</span>);
  if (row.minutesUrl) {
    facts.push(
      <a key="ref" href={row.minutesUrl} rel="noreferrer" target="_blank">
        {w.minutes}
        <span className="ds-sr-only">{fill(w.minutesFor, { body: row.body.toLowerCase(), member: row.memberName })}</span>
      </a>,
    );
  }
  if (facts.length === 0 && !row.note && !row.loggedByName) return null;
  return (
    <div className="mt-1 space-y-0.5 text-sm">
      {facts.length > 0 ? <p className="flex flex-wrap gap-x-3">{facts}</p> : null}
      {row.note ? <p className="italic">{fill(w.note, { note: row.note })}</p> : null}
      {row.loggedByName && row.loggedAt ? (
        <p className="bb-muted text-xs">{fill(w.loggedBy, { name: row.loggedByName, at: formatDateTime(row.loggedAt, words.locale) })}</p>
      ) : null}
    </div>
  );
}
