'use server';
// Vedtak: binds recording a member decision to the session.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { recordDecision, recordDecisionSpec } from '@/lib/actions/decisions';

export const recordDecisionAction = authedAction(recordDecisionSpec, async (input, ctx) => {
  const result = await recordDecision(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});
