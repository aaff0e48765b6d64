'use server';
// Støtte og tilrettelegging: binds the save to the session; returns the stored phase so the
// form picks up the ids of new sponsors.
import { revalidatePath } from 'next/cache';
import { loadStottePhase } from '@/db/queries/phases/stotte';
import { authedAction } from '@/lib/authed-action';
import { saveStotte, saveStotteSpec } from '@/lib/actions/phases/stotte';

export const saveStotteAction = authedAction(saveStotteSpec, async (input, ctx) => {
  const result = await saveStotte(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return { ...result, phase: await loadStottePhase(ctx.db, input.cooperationId) };
});
