'use server';
// Design: the save, bound to the session by the one section convention.
import { saveDesign, saveDesignSpec } from '@/lib/server/actions/phases/design';
import { sectionAction } from '@/lib/server/section-action';

export const saveDesignAction = sectionAction(saveDesignSpec, saveDesign);
