import 'server-only';
// Binds the action runner to the real session, database, client address and request clock;
// every 'use server' module builds its actions with authedAction (or publicAction for the few
// that need no sign-in). testing/security/registry.ts lists those modules for the fuzz test.
import type { z } from 'zod';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { clientAddressFromHeaders } from '@/lib/server/security/client-address';
import { currentUser } from './auth/session';
import { requestNow } from './clock';
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

export function authedAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input: unknown) => runAction(spec, fn, input, { getUser: currentUser, getDb, getClientAddress: requestClientAddress, getNow: requestNow });
}

export function publicAction<S extends z.ZodType, T>(
  spec: PublicActionSpec<S>,
  fn: (input: z.output<S>, ctx: PublicActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input: unknown) => runPublicAction(spec, fn, input, { getDb, getClientAddress: requestClientAddress });
}
