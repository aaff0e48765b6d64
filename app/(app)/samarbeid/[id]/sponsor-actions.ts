'use server';
// Re-confirming or replacing a sponsor after an election from the overview: each a Støtte save
// of one row, with the Støtte version the page showed.
import { reconfirmSponsor, reconfirmSpec, replaceSponsor, replaceSponsorSpec } from '@/lib/server/actions/phases/stotte';
import { sectionAction } from '@/lib/server/section-action';

export const reconfirmSponsorAction = sectionAction(reconfirmSpec, reconfirmSponsor);
export const replaceSponsorAction = sectionAction(replaceSponsorSpec, replaceSponsor);
