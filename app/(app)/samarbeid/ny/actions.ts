'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { createCooperationHandler, createCooperationSpec } from '@/lib/server/actions/cooperation';

export const createCooperationAction = authedAction(createCooperationSpec, async (input, ctx) => {
  const result = await createCooperationHandler(input, ctx);
  revalidatePath('/samarbeid');
  return result;
});
