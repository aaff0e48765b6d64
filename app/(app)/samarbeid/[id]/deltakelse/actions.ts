'use server';
// Deltakelse: binds the save to the session; returns the stored phase so the form picks up
// the ids of new anchoring points and information items.
import { revalidatePath } from 'next/cache';
import { loadDeltakelsePhase } from '@/db/queries/phases/deltakelse';
import { authedAction } from '@/lib/authed-action';
import { saveDeltakelse, saveDeltakelseSpec } from '@/lib/actions/phases/deltakelse';

export const saveDeltakelseAction = authedAction(saveDeltakelseSpec, async (input, ctx) => {
  const result = await saveDeltakelse(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return { ...result, phase: await loadDeltakelsePhase(ctx.db, input.cooperationId) };
});
