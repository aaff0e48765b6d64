'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { regenerateFeed, regenerateFeedSpec } from '@/lib/server/actions/calendar';

const regenerate = authedAction(regenerateFeedSpec, regenerateFeed);

export async function regenerateFeedAction(input: unknown) {
  const result = await regenerate(input);
  if (result.ok) revalidatePath('/profil');
  return result;
}
