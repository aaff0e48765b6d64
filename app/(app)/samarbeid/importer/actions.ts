'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { importSpec, previewImport, runImport } from '@/lib/server/actions/import';

export const previewImportAction = authedAction(importSpec, async (input, ctx) => previewImport(input, ctx));

export const runImportAction = authedAction(importSpec, async (input, ctx) => {
  const result = await runImport(input, ctx);
  revalidatePath('/samarbeid');
  revalidatePath('/register', 'layout');
  return result;
});
