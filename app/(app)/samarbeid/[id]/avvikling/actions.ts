'use server';
// Avvikling: saving the exit checklist (the one section convention) and completing the
// winding down, bound to the session and the request's clock.
import { completeExit, completeExitSpec, saveExitChecklist, saveExitChecklistSpec } from '@/lib/server/actions/exit-checklist';
import { sectionAction } from '@/lib/server/section-action';

export const saveExitChecklistAction = sectionAction(saveExitChecklistSpec, saveExitChecklist);

export const completeExitAction = sectionAction(completeExitSpec, completeExit);
