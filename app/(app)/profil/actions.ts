'use server';
import { revalidatePath } from 'next/cache';
import { SYSTEM } from '@/lib/auth/can';
import { authedAction } from '@/lib/authed-action';
import { regenerateFeed, regenerateFeedSchema } from '@/lib/actions/calendar';

const regenerate = authedAction({ schema: regenerateFeedSchema, action: 'profile.manage', resource: () => SYSTEM }, (input, ctx) => regenerateFeed(input, ctx));

export async function regenerateFeedAction(input: unknown) {
  const result = await regenerate(input);
  if (result.ok) revalidatePath('/profil');
  return result;
}
