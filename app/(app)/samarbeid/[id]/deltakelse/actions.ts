'use server';
// Deltakelse: the save, bound to the session by the one section convention.
import { saveDeltakelse, saveDeltakelseSpec } from '@/lib/server/actions/phases/deltakelse';
import { sectionAction } from '@/lib/server/section-action';

export const saveDeltakelseAction = sectionAction(saveDeltakelseSpec, saveDeltakelse);
