'use server';
// Showing or hiding the cooperation in the public register, from the overview. The confirmation
// comes back in the reader's language.
import { getTranslations } from 'next-intl/server';
import { savePublicity, savePublicitySpec } from '@/lib/server/actions/publicity';
import { sectionAction } from '@/lib/server/section-action';

export const savePublicityAction = sectionAction(savePublicitySpec, async (input, ctx) => {
  const saved = await savePublicity(input, ctx);
  const t = await getTranslations('samarbeidside.innsyn');
  return { ...saved, message: saved.values.isPublic ? t('nowShown') : t('nowHidden') };
});
