// The client's address for per-address limits. The right-most X-Forwarded-For entry is the
// one our own server or proxy added (Next sets it to the socket's address when no proxy
// did); a client can only prepend. Same rule as the sign-in throttle (lib/auth/options.ts).
// Kept as one small function on purpose: the security work on trusted proxies replaces it
// with the shared implementation.
export function clientAddress(headers: Headers): string {
  const parts = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.at(-1) ?? 'ukjent';
}
