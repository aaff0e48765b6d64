'use server';
// Forankring: binds logging an occurrence to the session and the request's clock. Also used
// by the municipality's anchoring calendar (/kommune/[kommunenummer]/forankring).
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { logOccurrence, logOccurrenceSpec } from '@/lib/actions/follow-up';
import { requestNow } from '@/lib/clock';

export const logOccurrenceAction = authedAction(logOccurrenceSpec, async (input, ctx) => {
  const result = await logOccurrence(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  revalidatePath('/oversikt');
  if (result.kommunenummer) revalidatePath(`/kommune/${result.kommunenummer}/forankring`);
  return result;
});
