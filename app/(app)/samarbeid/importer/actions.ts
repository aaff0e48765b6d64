'use server';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ImportReportWords } from '@/lib/pure/import/rows';
import { authedAction } from '@/lib/server/authed-action';
import { validationWords } from '@/lib/server/i18n/validation';
import { importSpec, previewImportIn, runImportIn } from '@/lib/server/actions/import';

export const previewImportAction = authedAction(importSpec, async (input, ctx) => previewImportIn(input, ctx, await reportWords()));

/** The import report's words in the request's language; bokmål (undefined) on a bokmål page or outside a request. */
async function reportWords(): Promise<ImportReportWords | undefined> {
  try {
    const locale = await getLocale();
    if (locale === 'nb') return undefined;
    const [t, validation] = await Promise.all([getTranslations('importer.melding'), validationWords()]);
    return { t: (key, values) => t(key, values), validation, locale };
  } catch {
    return undefined;
  }
}

export const runImportAction = authedAction(importSpec, async (input, ctx) => {
  const result = await runImportIn(input, ctx, await reportWords());
  revalidatePath('/samarbeid');
  revalidatePath('/register', 'layout');
  return result;
});
