'use server';
// Støtte og tilrettelegging: the save, bound to the session by the one section convention.
import { saveStotte, saveStotteSpec } from '@/lib/server/actions/phases/stotte';
import { sectionAction } from '@/lib/server/section-action';

export const saveStotteAction = sectionAction(saveStotteSpec, saveStotte);
