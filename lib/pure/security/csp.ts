// The Content-Security-Policy and HSTS headers proxy.ts sends with every response. Scripts
// run only with this request's nonce ('strict-dynamic' lets Next's own bootstrap load its
// chunks); nothing may frame the pages but the embeddable public register (isEmbedPath).
// Style attributes stay allowed (charts and layout set them server-side); <style> and
// <script> elements need the nonce.
export interface CspOptions {
  nonce: string;
  /** next dev needs eval for React's debugging aids; production never does. */
  dev?: boolean;
  /** Ask browsers to load http: subresources over https (only when the site itself is https). */
  https?: boolean;
  /** Any site may frame this response: only for the embeddable register (isEmbedPath). */
  frameable?: boolean;
}

/**
 * The one route other sites may put in an iframe: a municipality's public register made for
 * that (public data, no forms). next.config.js makes the same exception for X-Frame-Options.
 */
const EMBED_PATH = /^\/innsyn\/kommune\/\d{4}\/innebygd$/;

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

export function contentSecurityPolicy({ nonce, dev = false, https = false, frameable = false }: CspOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", `'nonce-${nonce}'`],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(dev ? ['ws:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', frameable ? '*' : "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** A fresh, unguessable nonce for one response (128 bits). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS only when the public address is https: sent over http it would be ignored or, worse, wrong. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.trim().toLowerCase().startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null;
}
