'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/authed-action';
import { requestNow } from '@/lib/clock';
import { importSpec, previewImport, runImport } from '@/lib/actions/import';

export const previewImportAction = authedAction(importSpec, async (input, ctx) => previewImport(input, ctx, await requestNow()));

export const runImportAction = authedAction(importSpec, async (input, ctx) => {
  const result = await runImport(input, ctx, await requestNow());
  revalidatePath('/samarbeid');
  revalidatePath('/register', 'layout');
  return result;
});
