// Taking a lifecycle step from the UI: the action wrapper checks sign-in, input and read
// access; the runner checks the role for this very step, the state, readiness and version.
import { cooperationResource } from '@/db/queries/dossier';
import { ActionError, type ActionContext } from '@/lib/action';
import { CHANGE_KINDS, transitionSchema } from '@/lib/validation/lifecycle';
import { transition } from '@/workflows/cooperation/runner';
import type { z } from 'zod';

export const transitionSpec = {
  schema: transitionSchema,
  action: 'cooperation.read' as const,
  resource: (input: z.output<typeof transitionSchema>, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

export async function takeStep(input: z.output<typeof transitionSchema>, ctx: ActionContext) {
  const details = input.type === 'ENDRINGSFORSLAG' && input.change ? { kind: input.change.kind, description: input.change.description } : undefined;
  const comment = details ? [CHANGE_KINDS[input.change!.kind], input.change!.description, input.comment].filter(Boolean).join(': ') : input.comment;
  const result = await transition(ctx.db, input.cooperationId, { type: input.type, comment, expectedVersion: input.expectedVersion, details }, ctx.user, { now: ctx.now });
  if (result.ok) return { state: result.state, rowVersion: result.rowVersion };
  switch (result.reason) {
    case 'not_ready':
      throw new ActionError('invalid', result.message, { missing: result.missing });
    case 'conflict':
      throw new ActionError('conflict', result.message);
    case 'forbidden':
      throw new ActionError('forbidden', result.message);
    case 'not_found':
      throw new ActionError('not_found', result.message);
    case 'not_allowed_in_state':
      throw new ActionError('invalid', result.message);
  }
}
