// Where the language switcher sends the visitor back to: a path on this site, never another
// site's address (an open redirect would let a link on any page send visitors anywhere).
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // A path with a scheme or host hidden behind backslashes or controls is not ours either.
  if (/[\\\u0000-\u001f]/.test(value)) return '/';
  return value;
}

/**
 * The page a request came from, when it came from this site: the `Referer` header's path and
 * query if it names this site's host, otherwise the front page. The language switcher's
 * links carry no address of their own, so the header needs no JavaScript to know the page; the
 * site sends `strict-origin-when-cross-origin`, so a same-site link carries the whole address.
 */
export function returnPathFromReferer(referer: string | null | undefined, ownHosts: ReadonlySet<string>): string {
  if (!referer) return '/';
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return '/';
  }
  // Compared by host, as the Origin check is: behind a proxy that ends TLS the scheme differs.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !ownHosts.has(url.host.toLowerCase())) return '/';
  return safeReturnPath(`${url.pathname}${url.search}`);
}
