'use server';
// A lifecycle step from the overview, bound to the session; revalidates in the one place. The
// confirmation names the step in the reader's language.
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { requestLocale } from '@/lib/server/i18n/server';
import { takeStep, transitionSpec } from '@/lib/server/actions/lifecycle';
import { sectionAction } from '@/lib/server/section-action';

export const takeStepAction = sectionAction(transitionSpec, async (input, ctx) => {
  const taken = await takeStep(input, ctx);
  // The request's language as the pages have it (lib/server/i18n), without next-intl's
  // request scope, so the action runs the same in the tests.
  const t = catalogueWords(await requestLocale(), 'livslop');
  return { ...taken, message: t('steg.done', { label: t(`hendelse.${input.type}`) }) };
});
