'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { recordElectionHandler, recordElectionSpec } from '@/lib/server/actions/elections';

export const recordElectionAction = authedAction(recordElectionSpec, async (input, ctx) => {
  const result = await recordElectionHandler(input, ctx);
  revalidatePath('/', 'layout');
  return result;
});
