'use server';
// A lifecycle step from the overview, bound to the session; revalidates in the one place. The
// confirmation names the step in the reader's language.
import { getTranslations } from 'next-intl/server';
import { takeStep, transitionSpec } from '@/lib/server/actions/lifecycle';
import { sectionAction } from '@/lib/server/section-action';

export const takeStepAction = sectionAction(transitionSpec, async (input, ctx) => {
  const taken = await takeStep(input, ctx);
  const t = await getTranslations('livslop');
  return { ...taken, message: t('steg.done', { label: t(`hendelse.${input.type}`) }) };
});
