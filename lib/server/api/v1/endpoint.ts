import 'server-only';
// One way to build an /api/v1 endpoint: the per-address rate limit first, then the one route
// door (lib/server/route.ts: public access, query validated by the same zod schema the document
// shows), then the response schema as an allow-list, the ETag/304, and CORS on every answer
// (errors included, so a browser client can read them). A 200 answer is kept for a second
// (response-cache.ts): repeated requests for the same page cost no query.
import type { NextRequest } from 'next/server';
import type { z } from '@/lib/pure/validation/zod';
import type { Db } from '@/db/client';
import { getDb, route } from '@/lib/server/route';
import { clientAddressFromHeaders } from '@/lib/server/security/client-address';
import { apiRateLimiter } from '../rate-limit';
import { apiAnswerCache } from './response-cache';
import { bodyTag, conditionalJson, CORS_HEADERS, jsonError, PREFLIGHT_HEADERS, rateLimitHeaders, withHeaders } from './http';

type Params = Record<string, string | string[]>;
type Handler = (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response>;

export const INVALID_QUERY = 'Forespørselen har ugyldige parametere. Se fieldErrors for hva som må rettes.';
export const RATE_LIMITED = 'For mange forespørsler fra denne adressen. Vent til tiden i Retry-After er gått, og prøv igjen.';

export interface LoadContext<Q> {
  db: Db;
  query: Q;
  params: Params;
  /** The address this request came to, for links in the response. */
  url: URL;
}

export interface EndpointSpec<Q extends z.ZodType, R extends z.ZodType> {
  query: Q;
  response: R;
  /** Said with 404 when load() returns null. */
  notFound?: string;
}

export function apiGet<Q extends z.ZodType, R extends z.ZodType>(spec: EndpointSpec<Q, R>, load: (ctx: LoadContext<z.output<Q>>) => Promise<z.input<R> | null>): Handler {
  const inner = route({ access: 'public', query: spec.query, invalidMessage: INVALID_QUERY }, async ({ query, params, request }) => {
    // The same address (origin included: the answer holds absolute links) within the cache's
    // second is the same answer.
    const key = request.nextUrl.href;
    const cached = apiAnswerCache().get(key);
    if (cached) return conditionalJson(request, cached.body, cached.etag);
    const data = await load({ db: await getDb(), query, params, url: request.nextUrl });
    if (data === null) return jsonError(404, spec.notFound ?? 'Fant ikke det du ba om.');
    // parse, not a cast: a key the schema does not list never leaves, and an answer that
    // breaks the documented contract is a 500 here rather than a surprise for the client.
    const body = JSON.stringify(spec.response.parse(data));
    const answer = { body, etag: bodyTag(body) };
    apiAnswerCache().set(key, answer);
    return conditionalJson(request, answer.body, answer.etag);
  });
  return async (request, context) => {
    const decision = await apiRateLimiter().check(clientAddressFromHeaders((name) => request.headers.get(name)));
    const limitHeaders = decision ? rateLimitHeaders(decision) : {};
    if (decision && !decision.allowed) return jsonError(429, RATE_LIMITED, { ...CORS_HEADERS, ...limitHeaders });
    return withHeaders(await inner(request, context), { ...CORS_HEADERS, ...limitHeaders });
  };
}

/** The CORS preflight answer of every /api/v1 address. */
export const preflight: Handler = route({ access: 'public' }, async () => new Response(null, { status: 204, headers: PREFLIGHT_HEADERS }));
