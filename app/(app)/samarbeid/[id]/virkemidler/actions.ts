'use server';
// Virkemidler: the save, bound to the session by the one section convention.
import { saveInstruments, saveInstrumentsSpec } from '@/lib/server/actions/instruments';
import { sectionAction } from '@/lib/server/section-action';

export const saveInstrumentsAction = sectionAction(saveInstrumentsSpec, saveInstruments);
