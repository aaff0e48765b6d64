'use server';
// Adding an invitee to the open evaluation round (lib/server/actions/evaluation-invitees.ts).
import { addEvaluationInvitee, addInviteeSpec } from '@/lib/server/actions/evaluation-invitees';
import { authedAction } from '@/lib/server/authed-action';
import { revalidateCooperation } from '@/lib/server/revalidate';
import { inEvaluationLanguage } from './refusals';

export const addEvaluationInviteeAction = inEvaluationLanguage(
  authedAction(addInviteeSpec, async (input, ctx) => {
    const result = await addEvaluationInvitee(input, ctx);
    revalidateCooperation(result.cooperationId);
    return result;
  }),
);
