'use server';
// Evaluering: binds the round actions and the decision after the evaluation to the session
// and the request's clock.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import {
  closeRound,
  closeRoundSpec,
  openRound,
  openRoundSpec,
  saveDraft,
  saveDraftSpec,
  submitAnswers,
  submitAnswersSpec,
} from '@/lib/server/actions/evaluation';
import { concludeEvaluation, concludeEvaluationSpec } from '@/lib/server/actions/decision';
import { requestNow } from '@/lib/server/clock';

export const openRoundAction = authedAction(openRoundSpec, async (input, ctx) => {
  const result = await openRound(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});

export const saveDraftAction = authedAction(saveDraftSpec, async (input, ctx) => saveDraft(input, ctx, await requestNow()));

export const submitAnswersAction = authedAction(submitAnswersSpec, async (input, ctx) => {
  const result = await submitAnswers(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${result.cooperationId}/evaluering`, 'layout');
  return result;
});

export const closeRoundAction = authedAction(closeRoundSpec, async (input, ctx) => {
  const result = await closeRound(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${result.cooperationId}`, 'layout');
  return result;
});

export const concludeEvaluationAction = authedAction(concludeEvaluationSpec, async (input, ctx) => {
  const result = await concludeEvaluation(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});
