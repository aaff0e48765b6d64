'use server';
import { revalidatePath } from 'next/cache';
import { actionWords } from '@/lib/server/action-words';
import { ActionError } from '@/lib/server/action';
import { authedAction } from '@/lib/server/authed-action';
import { recordElectionHandler, recordElectionSpec } from '@/lib/server/actions/elections';

// The handler's one refusal of its own, said in the user's language (admin.valg.alreadyRecorded).
const ALREADY_RECORDED = 'Dette valget er allerede registrert.';

export const recordElectionAction = authedAction(recordElectionSpec, async (input, ctx) => {
  let result;
  try {
    result = await recordElectionHandler(input, ctx);
  } catch (error) {
    if (error instanceof ActionError && error.message === ALREADY_RECORDED) {
      const text = (await actionWords('admin.valg'))('alreadyRecorded');
      throw new ActionError(error.code, text, { electionDate: [text] });
    }
    throw error;
  }
  revalidatePath('/', 'layout');
  return result;
});
