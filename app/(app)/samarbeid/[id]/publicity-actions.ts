'use server';
// Showing or hiding the cooperation in the public register, from the overview. The confirmation
// comes back in the reader's language.
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { requestLocale } from '@/lib/server/i18n/server';
import { savePublicity, savePublicitySpec } from '@/lib/server/actions/publicity';
import { sectionAction } from '@/lib/server/section-action';

export const savePublicityAction = sectionAction(savePublicitySpec, async (input, ctx) => {
  const saved = await savePublicity(input, ctx);
  // The request's language as the pages have it (lib/server/i18n), without next-intl's
  // request scope, so the action runs the same in the tests.
  const t = catalogueWords(await requestLocale(), 'samarbeidside.innsyn');
  return { ...saved, message: saved.values.isPublic ? t('nowShown') : t('nowHidden') };
});
