'use server';
// Server action of the design page: the shared handler bound to the session.
import type { ActionResult } from '@/lib/action';
import { DESIGN_SAVED_MESSAGE, saveDesign, saveDesignSpec } from '@/lib/actions/phases/design';
import { authedAction } from '@/lib/authed-action';

const save = authedAction(saveDesignSpec, saveDesign);

export async function saveDesignAction(input: unknown): Promise<ActionResult<null>> {
  const result = await save(input);
  return result.ok ? { ...result, message: DESIGN_SAVED_MESSAGE } : result;
}
