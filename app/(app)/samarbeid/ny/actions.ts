'use server';
// Creating a cooperation; the confirmation names it, in the reader's language.
import { revalidatePath } from 'next/cache';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { requestLocale } from '@/lib/server/i18n/server';
import { authedAction } from '@/lib/server/authed-action';
import { createCooperationHandler, createCooperationSpec } from '@/lib/server/actions/cooperation';

export const createCooperationAction = authedAction(createCooperationSpec, async (input, ctx) => {
  const result = await createCooperationHandler(input, ctx);
  revalidatePath('/samarbeid');
  // The request's language as the pages have it (lib/server/i18n), without next-intl's
  // request scope, so the action runs the same in the tests.
  const t = catalogueWords(await requestLocale(), 'samarbeidNy');
  return { ...result, message: t('created', { name: input.name.trim() }) };
});
