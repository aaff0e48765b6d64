'use server';
// Server action of the innramming page: the shared handler bound to the session.
import type { ActionResult } from '@/lib/action';
import { INNRAMMING_SAVED_MESSAGE, saveInnramming, saveInnrammingSpec } from '@/lib/actions/phases/innramming';
import { authedAction } from '@/lib/authed-action';

const save = authedAction(saveInnrammingSpec, saveInnramming);

export async function saveInnrammingAction(input: unknown): Promise<ActionResult<null>> {
  const result = await save(input);
  return result.ok ? { ...result, message: INNRAMMING_SAVED_MESSAGE } : result;
}
