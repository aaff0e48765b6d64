'use server';
// Evaluering: binds the round actions and the decision after the evaluation to the session
// and the request's clock. Their own refusals come in the request's language (./refusals.ts).
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
import { inEvaluationLanguage } from './refusals';

export const openRoundAction = inEvaluationLanguage(
  authedAction(openRoundSpec, async (input, ctx) => {
    const result = await openRound(input, ctx, await requestNow());
    revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
    return result;
  }),
);

export const saveDraftAction = inEvaluationLanguage(
  authedAction(saveDraftSpec, async (input, ctx) => saveDraft(input, ctx, await requestNow())),
);

export const submitAnswersAction = inEvaluationLanguage(
  authedAction(submitAnswersSpec, async (input, ctx) => {
    const result = await submitAnswers(input, ctx, await requestNow());
    revalidatePath(`/samarbeid/${result.cooperationId}/evaluering`, 'layout');
    return result;
  }),
);

export const closeRoundAction = inEvaluationLanguage(
  authedAction(closeRoundSpec, async (input, ctx) => {
    const result = await closeRound(input, ctx, await requestNow());
    revalidatePath(`/samarbeid/${result.cooperationId}`, 'layout');
    return result;
  }),
);

export const concludeEvaluationAction = inEvaluationLanguage(
  authedAction(concludeEvaluationSpec, async (input, ctx) => {
    const result = await concludeEvaluation(input, ctx, await requestNow());
    revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
    return result;
  }),
);
