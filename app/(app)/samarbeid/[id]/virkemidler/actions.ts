'use server';
// Virkemidler: binds the save to the session; returns the stored list so the form picks up
// the ids of new rows.
import { revalidatePath } from 'next/cache';
import { listInstrumentUses } from '@/db/queries/instruments';
import { authedAction } from '@/lib/authed-action';
import { saveInstruments, saveInstrumentsSpec } from '@/lib/actions/instruments';

export const saveInstrumentsAction = authedAction(saveInstrumentsSpec, async (input, ctx) => {
  const result = await saveInstruments(input, ctx);
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return { ...result, instruments: await listInstrumentUses(ctx.db, input.cooperationId) };
});
