// The calendar in three numbers — overdue, next, held in the last twelve months — and the
// rules behind "Forfalt".
import { Heading } from '@digdir/designsystemet-react';
import { formatDate } from '@/lib/pure/format';
import { heldLastYear, type CalendarRow } from '@/lib/pure/calendar/calendar-rows';

export function AnchoringSummary({ rows, today }: { rows: CalendarRow[]; today: string }) {
  const overdue = rows.filter((r) => r.view === 'forfalt');
  const next = rows
    .filter((r) => (r.status === 'planlagt' || r.status === 'utsatt') && r.calendarDate >= today)
    .map((r) => r.calendarDate)
    .sort()[0];
  const held = heldLastYear(rows, today);
  return (
    <section aria-labelledby="status-tittel" className="bb-panel">
      <Heading level={2} id="status-tittel" data-size="xs" className="ds-sr-only">
        Status
      </Heading>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className={overdue.length > 0 ? 'rounded-md border-l-4 border-[var(--ds-color-danger-base-default)] pl-3' : 'pl-3'}>
          <dt className="bb-muted text-sm">Forfalt</dt>
          <dd className="text-2xl font-semibold" data-testid="antall-forfalt">
            {overdue.length}
          </dd>
          {overdue.length > 0 ? <dd className="text-sm">Eldste frist {formatDate(overdue.map((r) => r.dueDate).sort()[0]!)}</dd> : null}
        </div>
        <div className="pl-3">
          <dt className="bb-muted text-sm">Neste forankring</dt>
          <dd className="text-2xl font-semibold">{next ? formatDate(next) : '–'}</dd>
        </div>
        <div className="pl-3">
          <dt className="bb-muted text-sm">Holdt siste 12 måneder</dt>
          <dd className="text-2xl font-semibold" data-testid="antall-holdt">
            {held.of > 0 ? `${held.held} av ${held.of}` : '–'}
          </dd>
        </div>
      </dl>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer">Slik regner vi en forankring som forfalt</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>En planlagt forankring er forfalt dagen etter fristen hvis den ikke er registrert som holdt, ikke holdt eller flyttet.</li>
          <li>En flyttet forankring er forfalt dagen etter den nye datoen hvis den fortsatt ikke er registrert som holdt eller ikke holdt.</li>
          <li>Periodiske punkter har frist siste dag i perioden. Budsjett har frist 15. desember, årsmelding og regnskap 30. juni.</li>
          <li>«Holdt siste 12 måneder» teller forankringene med frist det siste året, og dem som er holdt det siste året før fristen.</li>
        </ul>
      </details>
    </section>
  );
}
