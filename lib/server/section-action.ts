import 'server-only';
// Binds a section save (lib/server/actions/section-save.ts) to the session and the request clock,
// and revalidates in the one place after it: what every 'use server' module of a phase or
// section form exports.
import type { z } from 'zod';
import type { ActionContext, ActionResult, ActionSpec } from '@/lib/server/action-core';
import { authedAction } from '@/lib/server/authed-action';
import { revalidateCooperation } from './revalidate';

export function sectionAction<S extends z.ZodType<{ cooperationId: string }>, T>(
  spec: ActionSpec<S>,
  save: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return authedAction(spec, async (input, ctx) => {
    const result = await save(input, ctx);
    revalidateCooperation(input.cooperationId);
    return result;
  });
}
