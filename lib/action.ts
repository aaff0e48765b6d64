// One door for every server action and route handler: authenticate, authorise, validate,
// then run. Refusals are typed results with Norwegian messages; unexpected errors are
// logged with a reference and never shown.
import './validation/zod'; // Norwegian fallback messages for every action's validation
import type { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import { can } from './auth/can';
import { ActionError, MESSAGES, formDataToObject, fieldErrorsOf, refusal, type ActionContext, type ActionDeps, type ActionResult, type ActionSpec } from './action-core';

export { ActionError, MESSAGES, formDataToObject, fieldErrorsOf, refusal } from './action-core';
export type { ActionContext, ActionDeps, ActionErrorCode, ActionResult, ActionSpec, FieldErrors } from './action-core';

export async function runAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
  rawInput: unknown,
  deps: ActionDeps,
): Promise<ActionResult<T>> {
  try {
    const user = await deps.getUser();
    if (!user) return refusal('unauthenticated');
    const input = rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput;
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return refusal('invalid', MESSAGES.invalid, fieldErrorsOf(parsed.error));
    const ctx: ActionContext = { db: await deps.getDb(), user };
    const resource = await spec.resource(parsed.data, ctx);
    if (!resource) return refusal('not_found');
    if (!can(user, spec.action, resource)) return refusal('forbidden');
    return { ok: true, data: await fn(parsed.data, ctx) };
  } catch (err) {
    unstable_rethrow(err); // let Next's redirect()/notFound() through
    if (err instanceof ActionError) return refusal(err.code, err.message, err.fieldErrors);
    const reference = crypto.randomUUID().slice(0, 8);
    console.error(`[action] feil ${reference}:`, err);
    return refusal('error', `${MESSAGES.error} (Referanse: ${reference})`);
  }
}
