import 'server-only';
// Binds the action runner to the real session and database; every 'use server' module
// builds its actions with this.
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { currentUser } from './auth/session';
import { runAction, type ActionContext, type ActionResult, type ActionSpec } from './action';

export function authedAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input: unknown) => runAction(spec, fn, input, { getUser: currentUser, getDb });
}
