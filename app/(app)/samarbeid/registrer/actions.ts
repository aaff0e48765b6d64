'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { registerExistingHandler, registerExistingSpec } from '@/lib/server/actions/existing-cooperation';

export const registerExistingAction = authedAction(registerExistingSpec, async (input, ctx) => {
  const result = await registerExistingHandler(input, ctx);
  revalidatePath('/samarbeid');
  revalidatePath('/register', 'layout');
  return result;
});
