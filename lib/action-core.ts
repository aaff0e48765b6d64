// What actions share without Next.js: the refusal error, Norwegian messages, the context,
// and helpers to read input. Kept apart from lib/action.ts (which needs next/navigation) so
// scripts such as the demo seed can run action handlers outside a Next.js request.
import type { z } from 'zod';
import type { Db } from '@/db/client';
import type { Action, Resource } from './auth/can';
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
