import 'server-only';
// One door for every server action: authenticate, authorise, validate, then run the write in
// a transaction that also appends its audit row. Refusals are typed results with Norwegian
// messages and change nothing; unexpected errors are logged with a reference and never shown.
import '@/lib/pure/validation/zod'; // zod's fallback messages as references (worded by fieldErrorsOf)
import type { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import type { Db } from '@/db/client';
import type { AuditEntry } from '@/db/queries/audit';
import { can } from '@/lib/pure/auth/can';
import { defaultStateDigest, recordWrite } from './audit/record';
import { controlCharErrors } from '@/lib/pure/security/control-chars';
import { validationText } from '@/lib/pure/validation/reference';
import { validationWords } from './i18n/validation';
import { withLocaleKnown } from './i18n/known-locale';
import {
  ActionError,
  MESSAGES,
  TEMPORARY_PASSWORD_MESSAGE,
  actionContext,
  formDataToObject,
  fieldErrorsOf,
  refusal,
  type ActionContext,
  type ActionDeps,
  type ActionResult,
  type ActionSpec,
  type AuditNotes,
  type PublicActionContext,
  type PublicActionDeps,
  type PublicActionSpec,
} from './action-core';

export { ActionError, MESSAGES, actionContext, formDataToObject, fieldErrorsOf, refusal, refusedStep } from './action-core';
export type {
  ActionContext,
  ActionDeps,
  ActionErrorCode,
  ActionResult,
  ActionSpec,
  FieldErrors,
  PublicActionContext,
  PublicActionDeps,
  PublicActionSpec,
  SaveConflict,
} from './action-core';

/** Next's redirect()/notFound()/forbidden() are thrown; they end the request but are not failures. */
function isNextInterrupt(err: unknown): boolean {
  try {
    unstable_rethrow(err);
    return false;
  } catch {
    return true;
  }
}

function auditNotes() {
  const state: { patch: Partial<AuditEntry>; skipped: boolean } = { patch: {}, skipped: false };
  const notes: AuditNotes = {
    set: (patch) => Object.assign(state.patch, patch),
    skip: () => {
      state.skipped = true;
    },
  };
  return { state, notes };
}

/**
 * Runs `write` in a transaction; a thrown Next interrupt (redirect after saving) still commits
 * and is thrown again afterwards, any other error rolls everything back.
 */
async function inTransaction<T>(db: Db, write: (tx: Db) => Promise<T>): Promise<T> {
  let interrupt: unknown = null;
  const result = await db.transaction(async (tx) => {
    try {
      return await write(tx as unknown as Db);
    } catch (err) {
      if (!isNextInterrupt(err)) throw err;
      interrupt = err;
      return undefined as T;
    }
  });
  if (interrupt) throw interrupt;
  return result;
}

async function parseInput<S extends z.ZodType>(schema: S, rawInput: unknown) {
  const input = rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput;
  const forbidden = controlCharErrors(input);
  if (forbidden) return { ok: false as const, result: refusal('invalid', MESSAGES.invalid, forbidden) };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false as const, result: refusal('invalid', MESSAGES.invalid, await fieldErrorsOf(parsed.error)) };
  return { ok: true as const, data: parsed.data as z.output<S> };
}

/** A refusal's message and field errors (message references, lib/pure/validation/reference.ts) in the request's language. */
async function inRequestWords(result: ActionResult<never>): Promise<ActionResult<never>> {
  if (result.ok) return result;
  const words = await validationWords();
  const fieldErrors = result.fieldErrors && Object.fromEntries(Object.entries(result.fieldErrors).map(([key, messages]) => [key, messages.map((m) => validationText(m, words))]));
  return { ...result, message: validationText(result.message, words), ...(fieldErrors ? { fieldErrors } : {}) };
}

async function failure(err: unknown, label: string): Promise<ActionResult<never>> {
  unstable_rethrow(err); // let Next's redirect()/notFound() through
  if (err instanceof ActionError) return inRequestWords(err.toResult());
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[${label}] feil ${reference}:`, err);
  return refusal('error', `${MESSAGES.error} (Referanse: ${reference})`);
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
    if (user.mustChangePassword && !spec.allowWithTemporaryPassword) return refusal('forbidden', TEMPORARY_PASSWORD_MESSAGE);
    const parsed = await parseInput(spec.schema, rawInput);
    if (!parsed.ok) return parsed.result;
    const db = await deps.getDb();
    // One clock for the request: the resource, the handler and every row it writes.
    const now = (await deps.getNow?.()) ?? new Date();
    const resource = await spec.resource(parsed.data, actionContext(db, user, now));
    if (!resource) return refusal('not_found');
    if (!can(user, spec.action, resource)) return refusal('forbidden');
    const clientAddress = (await deps.getClientAddress?.()) ?? null;
    const state = spec.state ? (tx: Db) => spec.state!(parsed.data, tx) : defaultStateDigest(resource);
    // The language before the transaction: working it out reads the database (./i18n/known-locale).
    const locale = (await deps.getLocale?.()) ?? null;
    const data = await withLocaleKnown(locale, () => inTransaction(db, async (tx) => {
      const { state: audit, notes } = auditNotes();
      const before = state ? await state(tx) : null;
      const result = await fn(parsed.data, actionContext(tx, user, now, notes));
      if (!audit.skipped) {
        const after = state ? await state(tx) : null;
        const operation = spec.name ?? (fn.name || null);
        await recordWrite(tx, { user, clientAddress, action: spec.action, operation, resource, input: parsed.data, before, after, data: result, extra: audit.patch });
      }
      return result;
    }));
    return { ok: true, data };
  } catch (err) {
    return failure(err, 'action');
  }
}

/** The same door for the few actions that need no sign-in (forgotten password, first password). */
export async function runPublicAction<S extends z.ZodType, T>(
  spec: PublicActionSpec<S>,
  fn: (input: z.output<S>, ctx: PublicActionContext) => Promise<T>,
  rawInput: unknown,
  deps: PublicActionDeps,
): Promise<ActionResult<T>> {
  try {
    const parsed = await parseInput(spec.schema, rawInput);
    if (!parsed.ok) return parsed.result;
    const db = await deps.getDb();
    const clientAddress = (await deps.getClientAddress?.()) ?? null;
    const locale = (await deps.getLocale?.()) ?? null;
    const data = await withLocaleKnown(locale, () => inTransaction(db, async (tx) => {
      const { state: audit, notes } = auditNotes();
      const result = await fn(parsed.data, { db: tx, audit: notes, clientAddress });
      if (!audit.skipped) {
        await recordWrite(tx, { user: null, clientAddress, action: spec.action, operation: fn.name || null, resource: null, input: parsed.data, before: null, after: null, data: result, extra: audit.patch });
      }
      return result;
    }));
    return { ok: true, data };
  } catch (err) {
    return failure(err, 'action');
  }
}
