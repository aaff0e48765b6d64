// Requests refused before any page or handler runs (used by proxy.ts): addresses whose
// percent-encoding does not decode (400 rather than a crash in parameter decoding), and
// state-changing requests sent by a page on another origin (403, cross-site request forgery).
export const BAD_URL_MESSAGE = 'Adressen er ugyldig. Sjekk at den er skrevet riktig.';
export const FOREIGN_ORIGIN_MESSAGE = 'Forespørselen kom fra et annet nettsted og ble avvist.';

/** True when every %-sequence in the path decodes (to valid UTF-8). */
export function pathDecodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser always sends Origin with a POST; it must name this site (as the browser reached it,
 * or the configured public address). No Origin (a non-browser client) is left to the handler.
 */
export function foreignOrigin(method: string, headers: { get(name: string): string | null }, publicUrl?: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true; // 'null' (sandboxed frames, privacy redirects) or garbage
  }
  return !ownHosts(headers, publicUrl).has(originHost);
}

/** The hosts this site answers as: the request's Host and X-Forwarded-Host, and NEXTAUTH_URL's. */
export function ownHosts(headers: { get(name: string): string | null }, publicUrl?: string): Set<string> {
  const allowed = new Set<string>();
  for (const h of [headers.get('host'), headers.get('x-forwarded-host')]) {
    for (const part of (h ?? '').split(',')) if (part.trim()) allowed.add(part.trim().toLowerCase());
  }
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // a malformed NEXTAUTH_URL is reported elsewhere
    }
  }
  return allowed;
}
