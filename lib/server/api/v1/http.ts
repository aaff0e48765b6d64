import 'server-only';
// HTTP behaviour shared by every /api/v1 response: JSON with a weak ETag and conditional GET
// (If-None-Match -> 304 without a body; `etag` and `fresh` are the libraries Express uses),
// CORS for reading from any origin, and the rate-limit headers.
import etag from 'etag';
import fresh from 'fresh';
import type { LimitDecision } from '../rate-limit';

export const CACHE_CONTROL = 'public, max-age=60';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  // If-None-Match is not a CORS-safelisted header; browsers ask before sending it.
  'Access-Control-Allow-Headers': 'If-None-Match, Cache-Control',
  'Access-Control-Max-Age': '86400',
};

/** The weak ETag of an answer's body. */
export function bodyTag(body: string): string {
  return etag(body, { weak: true });
}

/** 200 with the body and its ETag, or 304 when the client already holds this version. */
export function conditionalJson(request: Request, body: string, tag: string = bodyTag(body)): Response {
  const cacheHeaders = { ETag: tag, 'Cache-Control': CACHE_CONTROL };
  const requestHeaders = {
    'if-none-match': request.headers.get('if-none-match') ?? undefined,
    'cache-control': request.headers.get('cache-control') ?? undefined,
  };
  if (fresh(requestHeaders, { etag: tag })) return new Response(null, { status: 304, headers: cacheHeaders });
  return new Response(body, { status: 200, headers: { ...cacheHeaders, 'Content-Type': 'application/json; charset=utf-8' } });
}

export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

export function rateLimitHeaders(decision: LimitDecision): Record<string, string> {
  return {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetSeconds),
    ...(decision.allowed ? {} : { 'Retry-After': String(decision.resetSeconds) }),
  };
}

/** Adds headers to a response the route wrapper built (its own 400 and 500 bodies included). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}
