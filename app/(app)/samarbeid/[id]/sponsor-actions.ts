'use server';
// Re-confirming a sponsor after an election from the overview: a Støtte save of one tick.
import { reconfirmSponsor, reconfirmSpec } from '@/lib/actions/phases/stotte';
import { sectionAction } from '@/lib/server/section-action';

export const reconfirmSponsorAction = sectionAction(reconfirmSpec, reconfirmSponsor);
