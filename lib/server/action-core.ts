import 'server-only';
// What actions share without Next.js: the refusal error, Norwegian messages, the context,
// and helpers to read input. The messages stay bokmål here; lib/server/authed-action.ts words
// the shared ones in the request's language (lib/pure/refusals.ts translatedRefusal). Kept apart from lib/server/action.ts (which needs next/navigation) so
// scripts such as the demo seed can run action handlers outside a Next.js request.
import type { z } from 'zod';
import type { Db } from '@/db/client';
import type { AuditEntry } from '@/db/queries/audit';
import type { Action, Resource } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { ActionErrorCode, ActionResult, FieldErrors, SaveConflict } from '@/lib/pure/action-result';
import { actionCodeOfStep, MESSAGES, TEMPORARY_PASSWORD_MESSAGE, type StepRefusal, type StepRefusalCode } from '@/lib/pure/refusals';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import type { ValidationWords } from '@/lib/pure/validation/reference';
import { validationWords } from './i18n/validation';

export type { ActionErrorCode, ActionResult, FieldErrors, SaveConflict };

/** Thrown inside an action to refuse with a specific, user-facing Norwegian message. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** For a conflict: the newer values, so the form can show them beside the user's own. */
    readonly conflict?: SaveConflict,
  ) {
    super(message);
  }

  /** The refusal this error stands for. */
  toResult(): ActionResult<never> {
    const result = refusal(this.code, this.message, this.fieldErrors);
    return this.conflict && !result.ok ? { ...result, conflict: this.conflict } : result;
  }
}

export { MESSAGES };

/**
 * The refusal of a lifecycle step as an action's refusal (lib/pure/refusals.ts maps the code); a
 * not_ready step lists what is missing. `messages` words a refusal for the action's own step.
 */
export function refusedStep(result: StepRefusal, messages: Partial<Record<StepRefusalCode, string>> = {}): ActionError {
  const message = messages[result.reason] ?? result.message;
  return new ActionError(actionCodeOfStep(result.reason), message, result.reason === 'not_ready' ? { missing: result.missing } : undefined);
}

/** Lets a handler add facts to its write's audit row, or say that it wrote nothing. */
export interface AuditNotes {
  set(patch: Partial<AuditEntry>): void;
  skip(): void;
}

export interface ActionContext {
  db: Db;
  user: SessionUser;
  audit?: AuditNotes;
  /** The one clock of the request (lib/server/clock.ts): every timestamp an action writes. */
  now: Date;
  /** The calendar day in Norway at `now`. */
  today: IsoDate;
}

export function actionContext(db: Db, user: SessionUser, now: Date = new Date(), audit?: AuditNotes): ActionContext {
  return { db, user, now, today: osloDateOf(now), ...(audit ? { audit } : {}) };
}

export interface ActionSpec<S extends z.ZodType> {
  schema: S;
  action: Action;
  /** The resource the action touches, derived from validated input; null means it does not exist. */
  resource: (input: z.output<S>, ctx: ActionContext) => Promise<Resource | null> | Resource | null;
  /** Names the operation in the audit log (default: the handler function's name). */
  name?: string;
  /** Digest of the stored state the write changes (default: the whole cooperation, for cooperation resources). */
  state?: (input: z.output<S>, db: Db) => Promise<string | null>;
  /** May run while the user still has to replace a password an administrator chose. */
  allowWithTemporaryPassword?: boolean;
}

export interface ActionDeps {
  getUser: () => Promise<SessionUser | null>;
  getDb: () => Promise<Db>;
  /** For the audit log; null when unknown (scripts, tests). */
  getClientAddress?: () => Promise<string | null>;
  /** The request's clock; the system clock when absent. */
  getNow?: () => Promise<Date> | Date;
  /** The request's language, settled before the transaction (lib/server/i18n/known-locale.ts); null outside a request. */
  getLocale?: () => Promise<Locale | null>;
}

/** An action anyone may call (e.g. "forgot password"): validated, audited, but no user. */
export interface PublicActionSpec<S extends z.ZodType> {
  schema: S;
  /** The audit log's action name, e.g. 'password.reset_request'. */
  action: string;
}

export interface PublicActionContext {
  db: Db;
  audit: AuditNotes;
  clientAddress: string | null;
}

export type PublicActionDeps = Omit<ActionDeps, 'getUser'>;

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

export { TEMPORARY_PASSWORD_MESSAGE };

/** The field errors of a zod error, worded in the request's language (bokmål outside a request). */
export async function fieldErrorsOf(error: z.ZodError, words?: ValidationWords): Promise<FieldErrors> {
  return fieldErrorsIn(error, words ?? (await validationWords()));
}

export function refusal(code: ActionErrorCode, message = MESSAGES[code], fieldErrors?: FieldErrors): ActionResult<never> {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}
