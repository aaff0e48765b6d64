'use server';
// Re-confirming or replacing a sponsor after an election, bound to the session and the request clock.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { requestNow } from '@/lib/clock';
import { reconfirmHandler, reconfirmSpec, replaceSponsorHandler, replaceSponsorSpec } from '@/lib/actions/elections';

export const reconfirmSponsorAction = authedAction(reconfirmSpec, async (input, ctx) => {
  await reconfirmHandler(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return null;
});

export const replaceSponsorAction = authedAction(replaceSponsorSpec, async (input, ctx) => {
  const result = await replaceSponsorHandler(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});
