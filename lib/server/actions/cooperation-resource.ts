import 'server-only';
// What a cooperation's actions are authorised against: the resource built by the one builder
// (lib/pure/auth/can.ts cooperationResource) from the members on the request's day in Oslo, the
// same day the pages judge membership on (lib/server/cooperation-page.ts).
import { loadCooperationResource } from '@/db/queries/dossier';
import type { ActionContext } from '@/lib/server/action-core';

export function cooperationOf(input: { cooperationId: string }, ctx: ActionContext) {
  return loadCooperationResource(ctx.db, input.cooperationId, ctx.today);
}
