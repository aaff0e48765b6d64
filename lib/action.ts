// One door for every server action and route handler: authenticate, authorise, validate,
// then run. Refusals are typed results with Norwegian messages; unexpected errors are
// logged with a reference and never shown.
import './validation/zod'; // Norwegian fallback messages for every action's validation
import type { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import type { Db } from '@/db/client';
import { can, type Action, type Resource } from './auth/can';
import type { SessionUser } from './auth/roles';

import type { ActionErrorCode, ActionResult, FieldErrors } from './action-result';

export type { ActionErrorCode, ActionResult, FieldErrors };

/** Thrown inside an action to refuse with a specific, user-facing Norwegian message. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const MESSAGES: Record<ActionErrorCode, string> = {
  unauthenticated: 'Du må logge inn på nytt for å gjøre dette.',
  forbidden: 'Du har ikke tilgang til å gjøre dette.',
  invalid: 'Noen av feltene må rettes før du kan lagre.',
  not_found: 'Fant ikke det du ba om. Det kan være slettet.',
  conflict: 'Noen andre har endret dette samtidig. Last siden på nytt og prøv igjen.',
  error: 'Noe gikk galt hos oss. Prøv igjen om litt.',
};

export interface ActionContext {
  db: Db;
  user: SessionUser;
}

export interface ActionSpec<S extends z.ZodType> {
  schema: S;
  action: Action;
  /** The resource the action touches, derived from validated input; null means it does not exist. */
  resource: (input: z.output<S>, ctx: ActionContext) => Promise<Resource | null> | Resource | null;
}

export interface ActionDeps {
  getUser: () => Promise<SessionUser | null>;
  getDb: () => Promise<Db>;
}

/** FormData -> plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const v = typeof value === 'string' ? value : value.name;
    const prev = out[key];
    out[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function refusal(code: ActionErrorCode, message = MESSAGES[code], fieldErrors?: FieldErrors): ActionResult<never> {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

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
