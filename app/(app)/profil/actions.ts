'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { regenerateFeed, regenerateFeedSpec } from '@/lib/server/actions/calendar';
import { setLanguage, setLanguageSpec } from '@/lib/server/actions/language';

const regenerate = authedAction(regenerateFeedSpec, regenerateFeed);
const chooseLanguage = authedAction(setLanguageSpec, setLanguage);

export async function regenerateFeedAction(input: unknown) {
  const result = await regenerate(input);
  if (result.ok) revalidatePath('/profil');
  return result;
}

/** Every page is in the new language after this, so the whole tree is rendered again. */
export async function setLanguageAction(input: unknown) {
  const result = await chooseLanguage(input);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
