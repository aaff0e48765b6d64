'use server';
// The anchoring calendar's action, shared by the cooperation's calendar (/samarbeid/[id]/forankring)
// and the municipality's (/kommune/[kommunenummer]/forankring): binds logging an occurrence to the
// session and the request's clock.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { logOccurrence, logOccurrenceSpec } from '@/lib/server/actions/follow-up';
import { requestNow } from '@/lib/server/clock';

export const logOccurrenceAction = authedAction(logOccurrenceSpec, async (input, ctx) => {
  const result = await logOccurrence(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  revalidatePath('/oversikt');
  if (result.kommunenummer) revalidatePath(`/kommune/${result.kommunenummer}/forankring`);
  return result;
});
