// The status of one occurrence in words and colour, with what was logged about it.
import { Tag } from '@digdir/designsystemet-react';
import { OCCURRENCE_VIEW_LABELS, type OccurrenceView } from '@/lib/pure/dashboard/occurrences';
import { formatDate, formatDateTime } from '@/lib/pure/format';
import type { CalendarRow } from '@/lib/pure/calendar/calendar-rows';

const COLOURS: Record<OccurrenceView, 'danger' | 'warning' | 'success' | 'neutral'> = {
  forfalt: 'danger',
  ikke_holdt: 'danger',
  utsatt: 'warning',
  holdt: 'success',
  planlagt: 'neutral',
};

export function OccurrenceStatusTag({ view }: { view: OccurrenceView }) {
  return (
    // Overdue rows are tinted red, so their tag is outlined to stay visible on the tint.
    <Tag data-color={COLOURS[view]} data-size="sm" variant={view === 'planlagt' || view === 'forfalt' ? 'outline' : 'default'} className={view === 'forfalt' ? 'font-semibold' : undefined}>
      {OCCURRENCE_VIEW_LABELS[view]}
    </Tag>
  );
}

/** Case number, minutes, note and who logged it; nothing for a planned occurrence. */
export function OccurrenceLogDetails({ row }: { row: CalendarRow }) {
  const facts: React.ReactNode[] = [];
  if (row.movedTo) facts.push(<span key="moved">Ny dato: {formatDate(row.movedTo)}</span>);
  if (row.saksnummer) facts.push(<span key="sak">Saksnr. {row.saksnummer}</span>);
  if (row.minutesUrl) {
    facts.push(
      <a key="ref" href={row.minutesUrl} rel="noreferrer" target="_blank">
        Referat<span className="ds-sr-only"> fra {row.body.toLowerCase()} i {row.memberName} (åpnes i ny fane)</span>
      </a>,
    );
  }
  if (facts.length === 0 && !row.note && !row.loggedByName) return null;
  return (
    <div className="mt-1 space-y-0.5 text-sm">
      {facts.length > 0 ? <p className="flex flex-wrap gap-x-3">{facts}</p> : null}
      {row.note ? <p className="italic">«{row.note}»</p> : null}
      {row.loggedByName && row.loggedAt ? (
        <p className="bb-muted text-xs">
          Registrert av {row.loggedByName}, {formatDateTime(row.loggedAt)}
        </p>
      ) : null}
    </div>
  );
}
