'use server';
// Creating a cooperation; the confirmation names it, in the reader's language.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { authedAction } from '@/lib/server/authed-action';
import { createCooperationHandler, createCooperationSpec } from '@/lib/server/actions/cooperation';

export const createCooperationAction = authedAction(createCooperationSpec, async (input, ctx) => {
  const result = await createCooperationHandler(input, ctx);
  revalidatePath('/samarbeid');
  const t = await getTranslations('samarbeidNy');
  return { ...result, message: t('created', { name: input.name.trim() }) };
});
