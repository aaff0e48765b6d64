'use client';
// The pager under every long list: Designsystemet's Pagination with real links (?side=N), so
// it works without JavaScript, can be opened in a new tab and is announced as navigation.
// The page numbers come from Designsystemet's own usePagination.
import Link from 'next/link';
import { pageHref } from '@/lib/pure/page-href';
import { Pagination, PaginationButton, PaginationItem, PaginationList, usePagination } from '@digdir/designsystemet-react';

export interface PagerProps {
  /** Which list this pager belongs to, e.g. "Sider i registeret" (a page may have several lists). */
  label: string;
  page: number;
  pageCount: number;
  /** The list's path and its current query string: the links keep every filter and sorting. */
  path: string;
  query: string;
}

export function Pager({ label, page, pageCount, path, query }: PagerProps) {
  const { pages, hasNext, hasPrev } = usePagination({ currentPage: Math.min(page, pageCount), totalPages: pageCount, showPages: 7 });
  if (pageCount <= 1 && page <= 1) return null;
  const href = (n: number) => pageHref(path, query, n);
  const beyond = page > pageCount;
  return (
    <Pagination aria-label={label} className="mt-6" data-testid="pager">
      <PaginationList>
        <PaginationItem>
          {hasPrev || beyond ? (
            <PaginationButton asChild variant="tertiary">
              <Link href={href(beyond ? pageCount : page - 1)} rel="prev" aria-label="Forrige side">
                Forrige
              </Link>
            </PaginationButton>
          ) : (
            <Placeholder>Forrige</Placeholder>
          )}
        </PaginationItem>
        {pages.map(({ page: n, itemKey }) => (
          <PaginationItem key={itemKey}>
            {/* An empty item is Designsystemet's ellipsis; the current page is aria-current="true", as its CSS expects. */}
            {typeof n === 'number' ? (
              <PaginationButton asChild variant="tertiary">
                <Link href={href(n)} aria-current={n === page ? 'true' : undefined} aria-label={`Side ${n}`}>
                  {n}
                </Link>
              </PaginationButton>
            ) : null}
          </PaginationItem>
        ))}
        <PaginationItem>
          {hasNext && !beyond ? (
            <PaginationButton asChild variant="tertiary">
              <Link href={href(page + 1)} rel="next" aria-label="Neste side">
                Neste
              </Link>
            </PaginationButton>
          ) : (
            <Placeholder>Neste</Placeholder>
          )}
        </PaginationItem>
      </PaginationList>
    </Pagination>
  );
}

/**
 * Keeps the arrow's place on the first or last page (an empty item would show as an ellipsis):
 * hidden from sight and from screen readers, and disabled, so it is never focused.
 */
function Placeholder({ children }: { children: string }) {
  return (
    <PaginationButton variant="tertiary" aria-hidden="true" disabled tabIndex={-1}>
      {children}
    </PaginationButton>
  );
}
