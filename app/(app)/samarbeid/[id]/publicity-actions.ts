'use server';
// Showing or hiding the cooperation in the public register, from the overview.
import { savePublicity, savePublicitySpec } from '@/lib/server/actions/publicity';
import { sectionAction } from '@/lib/server/section-action';

export const savePublicityAction = sectionAction(savePublicitySpec, savePublicity);
