'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { takeStep, transitionSpec } from '@/lib/actions/lifecycle';

export const takeStepAction = authedAction(transitionSpec, async (input, ctx) => {
  const result = await takeStep(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});
