'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { reconfirmHandler, reconfirmSpec } from '@/lib/actions/elections';

export const reconfirmSponsorAction = authedAction(reconfirmSpec, async (input, ctx) => {
  await reconfirmHandler(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return null;
});
