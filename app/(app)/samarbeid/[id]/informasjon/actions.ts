'use server';
// Informasjon: binds logging an execution of the information plan to the session and clock.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { logExecution, logExecutionSpec } from '@/lib/server/actions/follow-up';
import { requestNow } from '@/lib/server/clock';

export const logExecutionAction = authedAction(logExecutionSpec, async (input, ctx) => {
  const result = await logExecution(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  revalidatePath('/oversikt');
  return result;
});
