'use server';
// Innramming: the save, bound to the session by the one section convention.
import { saveInnramming, saveInnrammingSpec } from '@/lib/server/actions/phases/innramming';
import { sectionAction } from '@/lib/server/section-action';

export const saveInnrammingAction = sectionAction(saveInnrammingSpec, saveInnramming);
