// A long list a user searches and pages through (the users in Administrasjon, the
// cooperations): a plain GET search form (?q=, so a search can be linked and works without
// JavaScript), the range shown ("Viser 1–50 av 130"), the table of rows or a sentence saying why
// there are none, and the pager that keeps the search. A server component: its own words (the
// search button, the range) are in the request's language; the page hands over the rest.
import type { ReactNode } from 'react';
import { TableBody, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import type { PageWindow } from '@/lib/pure/paging';
import { Pager } from './pager';
import { RangeText } from './range-text';
import { langAttr } from './language/lang-attr';
import { SubmitButton } from './submit-button';
import { Table } from './table';

/** The search term from the page's query string, cut to a length no search needs. */
export function searchTerm(params: Record<string, string | string[] | undefined>): string {
  return (typeof params.q === 'string' ? params.q : '').slice(0, 200);
}

/** What one list says and where it lives: a constant beside the page that shows it. */
export interface SearchedListTexts {
  /** The list's path; the form and the pager's links go there. */
  path: string;
  /** Sets the search form on a panel of its own (where no section frames it). */
  panel?: boolean;
  /** The search field's label and hint. */
  field: { label: string; description: string };
  /** The search form's name for screen readers ("Søk blant brukerne"). */
  searchName: string;
  /** The test id of the range line. */
  rangeTestId: string;
  /** Said when nothing matches the search, or there is nothing at all yet. */
  nothing: (search: string) => string;
  /** Said on a page past the last one. */
  pastLastPage: string;
  /** The pager's name ("Sider i brukerlisten"). */
  pagerName: string;
  /** The table's caption for screen readers, and its column headers. */
  caption: string;
  columns: readonly string[];
}

export interface SearchedListProps {
  list: SearchedListTexts;
  search: string;
  window: PageWindow;
  /** How many rows this page shows. */
  shown: number;
  /** The table's rows. */
  children: ReactNode;
}

export function SearchedList({ list, search, window, shown, children }: SearchedListProps) {
  const t = useTranslations('felleskomponent');
  const lang = langAttr(useLocale());
  return (
    <>
      <form method="get" action={list.path} role="search" aria-label={list.searchName} className={`${list.panel ? 'bb-panel ' : ''}mb-4 flex flex-wrap items-end gap-4`}>
        <div className="min-w-64 flex-1">
          <Textfield label={list.field.label} description={list.field.description} name="q" defaultValue={search} />
        </div>
        <SubmitButton lang={lang}>{t('search')}</SubmitButton>
      </form>
      {window.total > 0 ? (
        <p className="bb-muted mb-2 text-sm" data-testid={list.rangeTestId} lang={lang}>
          <RangeText window={window} />
        </p>
      ) : null}
      {shown === 0 ? (
        <p className="bb-panel">{window.total === 0 ? list.nothing(search) : list.pastLastPage}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table zebra border className="w-full">
            <caption className="ds-sr-only">{list.caption}</caption>
            <TableHead>
              <TableRow>
                {list.columns.map((c) => (
                  <TableHeaderCell key={c}>{c}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>{children}</TableBody>
          </Table>
        </div>
      )}
      <Pager label={list.pagerName} page={window.page} pageCount={window.pageCount} path={list.path} query={search ? new URLSearchParams({ q: search }).toString() : ''} />
    </>
  );
}
