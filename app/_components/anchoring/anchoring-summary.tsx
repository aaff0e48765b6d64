// The calendar in three numbers — overdue, next, held in the last twelve months — and the
// rules behind "Forfalt". Words: namespace `forankring.oppsummering`, in the page's language.
import { Heading } from '@digdir/designsystemet-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/pure/format';
import { heldLastYear, type CalendarRow } from '@/lib/pure/calendar/calendar-rows';

export async function AnchoringSummary({ rows, today }: { rows: CalendarRow[]; today: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('forankring.oppsummering')]);
  const overdue = rows.filter((r) => r.view === 'forfalt');
  const next = rows
    .filter((r) => (r.status === 'planlagt' || r.status === 'utsatt') && r.calendarDate >= today)
    .map((r) => r.calendarDate)
    .sort()[0];
  const held = heldLastYear(rows, today);
  return (
    <section aria-labelledby="status-tittel" className="bb-panel">
      <Heading level={2} id="status-tittel" data-size="xs" className="ds-sr-only">
        {t('status')}
      </Heading>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className={overdue.length > 0 ? 'rounded-md border-l-4 border-[var(--ds-color-danger-base-default)] pl-3' : 'pl-3'}>
          <dt className="bb-muted text-sm">{t('overdue')}</dt>
          <dd className="text-2xl font-semibold" data-testid="antall-forfalt">
            {overdue.length}
          </dd>
          {overdue.length > 0 ? <dd className="text-sm">{t('oldest', { date: formatDate(overdue.map((r) => r.dueDate).sort()[0]!, locale) })}</dd> : null}
        </div>
        <div className="pl-3">
          <dt className="bb-muted text-sm">{t('next')}</dt>
          <dd className="text-2xl font-semibold">{next ? formatDate(next, locale) : '–'}</dd>
        </div>
        <div className="pl-3">
          <dt className="bb-muted text-sm">{t('held')}</dt>
          <dd className="text-2xl font-semibold" data-testid="antall-holdt">
            {held.of > 0 ? t('heldOf', { held: held.held, of: held.of }) : '–'}
          </dd>
        </div>
      </dl>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer">{t('rulesTitle')}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t('rule1')}</li>
          <li>{t('rule2')}</li>
          <li>{t('rule3')}</li>
          <li>{t('rule4')}</li>
        </ul>
      </details>
    </section>
  );
}
