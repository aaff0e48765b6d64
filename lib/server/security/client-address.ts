// Which address a request came from, for the sign-in throttle and the audit log.
// X-Forwarded-For is written by whoever sends the request, so it is trusted only through an
// explicit number of proxy hops (BROBYGGER_TRUSTED_PROXY_HOPS): with N trusted proxies in
// front, the client is the N-th entry from the right, as the nearest proxy appended it. With
// 0 (the default) the header is ignored and the socket's address is used. Next.js does not
// expose the socket to handlers, so the server (scripts/server.ts) resolves the address and
// passes it in CLIENT_ADDRESS_HEADER, after removing any copy the client sent.
import { isIP } from 'node:net';

export const CLIENT_ADDRESS_HEADER = 'x-brobygger-client-address';
/** Set by scripts/server.ts in its own process: only then is the header ours. */
export const SERVER_MARK_ENV = 'BROBYGGER_RESOLVES_CLIENT_ADDRESS';
export const UNKNOWN_ADDRESS = 'ukjent';

export function trustedProxyHops(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.BROBYGGER_TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new Error(`BROBYGGER_TRUSTED_PROXY_HOPS må være et helt tall fra 0 til 10 (er «${raw}»).`);
  }
  return n;
}

/** '::ffff:10.0.0.1' and '10.0.0.1' are the same client. */
export function normaliseAddress(address: string | undefined | null): string | null {
  if (!address) return null;
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const value = v4 ? v4[1]! : trimmed;
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The client's address from the socket's address and the X-Forwarded-For values (several
 * headers count as one list). Entries left of the trusted part are the client's own claims
 * and are never used.
 */
export function resolveClientAddress(socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined, hops: number): string {
  const socket = normaliseAddress(socketAddress) ?? UNKNOWN_ADDRESS;
  if (hops <= 0) return socket;
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) return socket; // reached us without passing the proxy
  // hops = 1: the right-most entry (added by our proxy). Fewer entries than hops: the left-most.
  const chosen = list[Math.max(0, list.length - hops)];
  return normaliseAddress(chosen) ?? socket;
}

/** The address the server resolved for this request; 'ukjent' when not run through scripts/server.ts. */
export function clientAddressFromHeaders(get: (name: string) => string | null | undefined, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env[SERVER_MARK_ENV] !== '1') return UNKNOWN_ADDRESS;
  return normaliseAddress(get(CLIENT_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
}
