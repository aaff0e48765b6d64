// "Viser 1–50 av 312" above a paged list, in the page's language (lib/pure/paging.ts's rangeText
// says the same in bokmål for the pages not yet translated).
import { useTranslations } from 'next-intl';
import type { PageWindow } from '@/lib/pure/paging';

export function RangeText({ window: w }: { window: PageWindow }) {
  const t = useTranslations('sider');
  if (w.total === 0) return t('noHits');
  if (w.first === 0) return t('beyond', { page: w.page, pageCount: w.pageCount });
  return t('range', { first: w.first, last: w.last, total: w.total });
}
