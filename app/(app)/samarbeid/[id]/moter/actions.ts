'use server';
// Møter og vedtak: binds recording the bodies' meetings and decisions to the session and the
// request clock.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { requestNow } from '@/lib/server/clock';
import {
  recordBodyDecision,
  recordBodyDecisionSpec,
  removeBodyDecision,
  removeBodyDecisionSpec,
  saveMeeting,
  saveMeetingSpec,
  saveNoticeDays,
  saveNoticeDaysSpec,
} from '@/lib/server/actions/bodies';

const refresh = (cooperationId: string) => revalidatePath(`/samarbeid/${cooperationId}`, 'layout');

export const saveMeetingAction = authedAction(saveMeetingSpec, async (input, ctx) => {
  const result = await saveMeeting(input, ctx, await requestNow());
  refresh(input.cooperationId);
  return result;
});

export const recordBodyDecisionAction = authedAction(recordBodyDecisionSpec, async (input, ctx) => {
  const result = await recordBodyDecision(input, ctx, await requestNow());
  refresh(input.cooperationId);
  return result;
});

export const removeBodyDecisionAction = authedAction(removeBodyDecisionSpec, async (input, ctx) => {
  const result = await removeBodyDecision(input, ctx);
  refresh(input.cooperationId);
  return result;
});

export const saveNoticeDaysAction = authedAction(saveNoticeDaysSpec, async (input, ctx) => {
  const result = await saveNoticeDays(input, ctx);
  refresh(input.cooperationId);
  return result;
});
