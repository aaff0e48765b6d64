// Server-side paging for every long list: the page number lives in the URL (?side=N, so a page
// can be shared and works without JavaScript), the database returns one page and a count, and
// this module only does the arithmetic. A page past the end is an empty page, not an error.
import { z } from '@/lib/pure/validation/zod';
import { PAGE_PARAM } from './page-href';

export { PAGE_PARAM };
export const PAGE_SIZE = 50;

/** What a list of cooperations says on a page past its end (the pager below it leads back). */
export const PAST_LAST_PAGE = 'Det er ingen samarbeid på denne siden. Gå tilbake til en av sidene nedenfor.';

/** Anything that is not a whole number from 1 up (missing, "abc", "-3", "2.5") is page 1. */
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export function parsePage(params: Record<string, string | string[] | undefined>): number {
  const raw = params[PAGE_PARAM];
  return pageSchema.parse(Array.isArray(raw) ? raw[0] : (raw ?? 1));
}

export interface PageWindow {
  page: number;
  pageSize: number;
  /** At least 1, so an empty list still has "page 1 of 1". */
  pageCount: number;
  offset: number;
  total: number;
  /** 1-based positions of the first and last row shown; 0 and 0 on an empty page. */
  first: number;
  last: number;
}

export function pageWindow(total: number, page: number, pageSize: number = PAGE_SIZE): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const offset = (page - 1) * pageSize;
  const shown = Math.max(0, Math.min(pageSize, total - offset));
  return { page, pageSize, pageCount, offset, total, first: shown ? offset + 1 : 0, last: shown ? offset + shown : 0 };
}

/** "Viser 51–100 av 1 155" (Norwegian digit grouping with a non-breaking space). */
export function rangeText(w: PageWindow): string {
  const nb = (n: number) => n.toLocaleString('nb-NO');
  if (w.total === 0) return 'Ingen treff';
  if (w.first === 0) return `Side ${nb(w.page)} finnes ikke: listen har ${nb(w.pageCount)} ${w.pageCount === 1 ? 'side' : 'sider'}`;
  return `Viser ${nb(w.first)}–${nb(w.last)} av ${nb(w.total)}`;
}

export { pageHref } from './page-href';
