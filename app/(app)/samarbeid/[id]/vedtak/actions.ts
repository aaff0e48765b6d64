'use server';
// Vedtak: binds recording and correcting a member decision to the session.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { recordDecision, recordDecisionSpec } from '@/lib/server/actions/decisions';
import { correctDecision, correctDecisionSpec } from '@/lib/server/actions/decision-corrections';

export const recordDecisionAction = authedAction(recordDecisionSpec, async (input, ctx) => {
  const result = await recordDecision(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});

export const correctDecisionAction = authedAction(correctDecisionSpec, async (input, ctx) => {
  const result = await correctDecision(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});
