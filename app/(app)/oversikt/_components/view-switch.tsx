// "Visning: Kort | Tabell" above the cooperations in work: two links (the choice lives in the
// URL, so it works without JavaScript and the pager keeps it), the current one marked for
// screen readers with aria-current and for the eye by not being a link-coloured underline.
import Link from 'next/link';
import { viewQuery, type OverviewView } from '@/lib/pure/dashboard/view';
import { pageHref } from '@/lib/pure/paging';
import type { OverviewWords } from './words';

/** Switching keeps the page the reader is on. */
export function ViewSwitch({ view, page, words }: { view: OverviewView; page: number; words: OverviewWords }) {
  const { t } = words;
  const option = (value: OverviewView, short: string, long: string) =>
    value === view ? (
      <span aria-current="true" className="font-semibold">
        <span aria-hidden="true">{short}</span>
        <span className="ds-sr-only">{long}</span>
      </span>
    ) : (
      <Link href={pageHref('/oversikt', viewQuery(value), page)} aria-label={long}>
        {short}
      </Link>
    );
  return (
    <p className="mt-2 flex flex-wrap items-center gap-3 text-sm" data-testid="oversikt-visning">
      <span className="bb-muted">{t('visning.label')}:</span>
      {option('kort', t('visning.cards'), t('visning.cardsLong'))}
      {option('tabell', t('visning.table'), t('visning.tableLong'))}
    </p>
  );
}
