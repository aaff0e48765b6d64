// The link to another page of a list, keeping every other query parameter (filters, sorting).
// Its own module without imports, so the client-side pager can use it without pulling zod in.
export const PAGE_PARAM = 'side';

/** The href of another page, keeping every other query parameter; page 1 drops the parameter. */
export function pageHref(path: string, query: string | URLSearchParams, page: number): string {
  const params = new URLSearchParams(query);
  if (page <= 1) params.delete(PAGE_PARAM);
  else params.set(PAGE_PARAM, String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

