import 'server-only';
// The route-handler side of the one door: every handler under app/ (except next-auth's own
// endpoint) is built with route(), which authenticates, authorises and validates the query
// string and path before the handler runs, and turns failures into JSON with Norwegian text.
// A handler for a method that writes (not GET/HEAD/OPTIONS) runs in a transaction with its
// audit row, to which it may add facts (e.g. an uploaded file's digest) through ctx.audit.
import { z } from '@/lib/pure/validation/zod';
import { NextResponse, type NextRequest } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import type { AuditEntry } from '@/db/queries/audit';
import { can, type Action, type Resource } from '@/lib/pure/auth/can';
import { currentUser } from './auth/session';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { fieldErrorsOf, MESSAGES } from './action';
import { defaultStateDigest, recordWrite } from './audit/record';
import { clientAddressFromHeaders } from './security/client-address';
import { withLocaleKnown } from './i18n/known-locale';
import { requestLanguage } from './i18n/request-language';
import { controlCharErrors } from '@/lib/pure/security/control-chars';

type Params = Record<string, string | string[]>;

export type RouteAccess<Q> =
  | { access: 'public' }
  | { access: Action; resource: (query: Q, params: Params, user: SessionUser) => Promise<Resource | null> | Resource | null };

export interface RouteContext<Q> {
  query: Q;
  params: Params;
  user: SessionUser | null;
  request: NextRequest;
  /** For methods that write (not GET/HEAD/OPTIONS): the transaction the write and its audit row share. */
  db?: Db;
  /** For methods that write: facts for the audit row (they override the wrapper's own). */
  audit?: { set(patch: Partial<AuditEntry>): void };
}

/** Methods that never write: no transaction and no audit row (a CORS preflight is OPTIONS). */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });

export function route<S extends z.ZodType = z.ZodObject<Record<string, never>>>(
  spec: RouteAccess<z.output<S>> & { query?: S; invalidMessage?: string },
  handler: (ctx: RouteContext<z.output<S>>) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const params = (await context.params) ?? {};
      const rawQuery = Object.fromEntries(request.nextUrl.searchParams);
      const forbidden = controlCharErrors({ ...rawQuery, ...params });
      if (forbidden) return json(400, { error: spec.invalidMessage ?? MESSAGES.invalid, fieldErrors: forbidden });
      const schema = (spec.query ?? z.object({})) as S;
      const parsed = schema.safeParse(rawQuery);
      if (!parsed.success) return json(400, { error: spec.invalidMessage ?? MESSAGES.invalid, fieldErrors: await fieldErrorsOf(parsed.error) });
      let user: SessionUser | null = null;
      let resource: Resource | null = null;
      if (spec.access !== 'public') {
        user = await currentUser();
        if (!user) return json(401, { error: MESSAGES.unauthenticated });
        resource = await spec.resource(parsed.data, params, user);
        if (!resource) return json(404, { error: MESSAGES.not_found });
        if (!can(user, spec.access, resource)) return json(403, { error: MESSAGES.forbidden });
      }
      if (READ_METHODS.has(request.method)) return await handler({ query: parsed.data, params, user, request });
      return await writeWithAudit(await getDb(), spec.access, resource, user, request, parsed.data, params, handler);
    } catch (err) {
      unstable_rethrow(err); // notFound()/forbidden() in a handler answer 404/403
      const reference = crypto.randomUUID().slice(0, 8);
      console.error(`[route] feil ${reference}:`, err);
      return json(500, { error: `${MESSAGES.error} (Referanse: ${reference})` });
    }
  };
}

async function writeWithAudit<Q>(
  db: Db,
  access: Action | 'public',
  resource: Resource | null,
  user: SessionUser | null,
  request: NextRequest,
  query: Q,
  params: Params,
  handler: (ctx: RouteContext<Q>) => Promise<Response>,
): Promise<Response> {
  const state = defaultStateDigest(resource);
  // The language before the transaction: working it out reads the database (./i18n/known-locale).
  const locale = await requestLanguage();
  try {
    return await withLocaleKnown(locale, () => db.transaction(async (txDb) => {
      const tx = txDb as unknown as Db;
      const before = state ? await state(tx) : null;
      const patch: Partial<AuditEntry> = {};
      const audit = { set: (p: Partial<AuditEntry>) => void Object.assign(patch, p) };
      const response = await handler({ query, params, user, request, db: tx, audit });
      // A refusal changes nothing, whatever the handler had written before deciding.
      if (!response.ok) throw new Refused(response);
      await recordWrite(tx, {
        user,
        clientAddress: clientAddressFromHeaders((name) => request.headers.get(name)),
        action: access === 'public' ? `route.${request.method.toLowerCase()}` : access,
        operation: `${request.method} ${request.nextUrl.pathname}`,
        resource,
        input: { query, params },
        before,
        after: state ? await state(tx) : null,
        data: null,
        extra: patch,
      });
      return response;
    }));
  } catch (err) {
    if (err instanceof Refused) return err.response;
    throw err;
  }
}

class Refused {
  constructor(readonly response: Response) {}
}

export { getDb };
