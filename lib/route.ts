import 'server-only';
// The route-handler side of the one door: every handler under app/api (except next-auth's
// own endpoint) is built with route(), which authenticates, authorises and validates the
// query string before the handler runs, and turns failures into JSON with Norwegian text.
import { z } from '@/lib/validation/zod';
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { can, type Action, type Resource } from './auth/can';
import { currentUser } from './auth/session';
import type { SessionUser } from './auth/roles';
import { fieldErrorsOf, MESSAGES } from './action';

type Params = Record<string, string | string[]>;

export type RouteAccess<Q> =
  | { access: 'public' }
  | { access: Action; resource: (query: Q, params: Params, user: SessionUser) => Promise<Resource | null> | Resource | null };

export interface RouteContext<Q> {
  query: Q;
  params: Params;
  user: SessionUser | null;
  request: NextRequest;
}

export function route<S extends z.ZodType = z.ZodObject<Record<string, never>>>(
  spec: RouteAccess<z.output<S>> & { query?: S; invalidMessage?: string },
  handler: (ctx: RouteContext<z.output<S>>) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const params = (await context.params) ?? {};
      const schema = (spec.query ?? z.object({})) as S;
      const parsed = schema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
      if (!parsed.success) {
        return NextResponse.json({ error: spec.invalidMessage ?? MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400 });
      }
      if (spec.access === 'public') return await handler({ query: parsed.data, params, user: null, request });
      const user = await currentUser();
      if (!user) return NextResponse.json({ error: MESSAGES.unauthenticated }, { status: 401 });
      const resource = await spec.resource(parsed.data, params, user);
      if (!resource) return NextResponse.json({ error: MESSAGES.not_found }, { status: 404 });
      if (!can(user, spec.access, resource)) return NextResponse.json({ error: MESSAGES.forbidden }, { status: 403 });
      return await handler({ query: parsed.data, params, user, request });
    } catch (err) {
      const reference = crypto.randomUUID().slice(0, 8);
      console.error(`[route] feil ${reference}:`, err);
      return NextResponse.json({ error: `${MESSAGES.error} (Referanse: ${reference})` }, { status: 500 });
    }
  };
}

export { getDb };
