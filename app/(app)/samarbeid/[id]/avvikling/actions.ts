'use server';
// Avvikling: binds saving the exit checklist and completing the winding down to the session
// and the request's clock.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { completeExit, completeExitSpec, saveExitChecklist, saveExitChecklistSpec } from '@/lib/actions/exit-checklist';
import { requestNow } from '@/lib/clock';

export const saveExitChecklistAction = authedAction(saveExitChecklistSpec, async (input, ctx) => {
  const result = await saveExitChecklist(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});

export const completeExitAction = authedAction(completeExitSpec, async (input, ctx) => {
  const result = await completeExit(input, ctx, await requestNow());
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return result;
});
