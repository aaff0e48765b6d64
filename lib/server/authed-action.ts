import 'server-only';
// Binds the action runner to the real session, database, client address and request clock;
// every 'use server' module builds its actions with authedAction (or publicAction for the few
// that need no sign-in). testing/security/registry.ts lists those modules for the fuzz test.
// A refusal's shared message (no access, someone else changed it, the form could not be read …)
// is worded in the request's language here, and so are the actions' own refusals listed in the
// catalogue's avvisning.aksjon; the rest of an action's own messages stay as they are.
import type { z } from 'zod';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { translatedRefusal, type RefusalKey } from '@/lib/pure/refusals';
import { frozenMessage } from '@/lib/pure/domain/section-rules';
import { getDb } from '@/db/client';
import { clientAddressFromHeaders } from '@/lib/server/security/client-address';
import { currentUser } from './auth/session';
import { requestNow } from './clock';
import { requestLanguage } from './i18n/request-language';
import { inActionRefusalWords } from './i18n/action-refusals';
import {
  runAction,
  runPublicAction,
  type ActionContext,
  type ActionResult,
  type ActionSpec,
  type PublicActionContext,
  type PublicActionSpec,
} from './action';

export async function requestClientAddress(): Promise<string> {
  const h = await headers();
  return clientAddressFromHeaders((name) => h.get(name));
}

/** What the phase forms refuse with while nothing may change (lib/pure/domain/section-rules.ts). */
const FROZEN: ReadonlyMap<string, RefusalKey> = new Map([
  [frozenMessage('medlemsvedtak')!, 'fase.frozenMedlemsvedtak'],
  [frozenMessage('avviklet')!, 'fase.frozenAvviklet'],
  [frozenMessage('avbrutt')!, 'fase.frozenAvbrutt'],
]);

/**
 * A refusal with its shared message in the request's language (nb: unchanged, byte for byte).
 * Outside a request (scripts, tests) the result is returned as it is.
 */
export async function inRequestLanguage<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  try {
    if ((await getLocale()) === 'nb') return result;
    const message = translatedRefusal(result.message, await getTranslations(), FROZEN);
    // The actions' own refusals that no page words itself (avvisning.aksjon), message and fields.
    return await inActionRefusalWords(message === null ? result : { ...result, message });
  } catch {
    return result;
  }
}

export function authedAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) =>
    inRequestLanguage(await runAction(spec, fn, input, { getUser: currentUser, getDb, getClientAddress: requestClientAddress, getNow: requestNow, getLocale: requestLanguage }));
}

export function publicAction<S extends z.ZodType, T>(
  spec: PublicActionSpec<S>,
  fn: (input: z.output<S>, ctx: PublicActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => inRequestLanguage(await runPublicAction(spec, fn, input, { getDb, getClientAddress: requestClientAddress, getLocale: requestLanguage }));
}
