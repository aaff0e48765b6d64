// Elections (administrator) and what a sponsor's member does after one: re-confirm the
// sponsor, or replace them with someone else in one step (those who may edit the cooperation).
import type { z } from 'zod';
import { cooperationResource } from '@/db/queries/dossier';
import { reconfirmSponsor, recordElection } from '@/db/queries/elections';
import { replaceSponsor } from '@/db/queries/sponsors';
import { ActionError, type ActionContext } from '@/lib/action';
import { SYSTEM } from '@/lib/auth/can';
import { electionSchema, reconfirmSchema, replaceSponsorSchema } from '@/lib/validation/elections';

export const recordElectionSpec = { schema: electionSchema, action: 'election.record' as const, resource: () => SYSTEM };

export async function recordElectionHandler(input: z.output<typeof electionSchema>, { db, user, audit }: ActionContext) {
  const result = await recordElection(db, {
    electionDate: input.electionDate,
    kind: input.extraordinary ? 'ekstraordinaert' : 'ordinaert',
    reason: input.extraordinary ? input.reason : null,
    followUpMonths: input.followUpMonths,
    recordedBy: user.id,
  });
  if (!result.created) throw new ActionError('invalid', 'Dette valget er allerede registrert.', { electionDate: ['Dette valget er allerede registrert.'] });
  // The election touches many cooperations at once; the log says how many and what it created.
  audit?.set({
    details: { opprettet: result.election.id, valgdato: input.electionDate, samarbeid: result.election.cooperationsFlagged, sponsorer: result.election.sponsorsFlagged, forankringspunkter: result.election.occurrencesCreated },
  });
  return { cooperations: result.election.cooperationsFlagged, sponsors: result.election.sponsorsFlagged, occurrences: result.election.occurrencesCreated };
}

export const reconfirmSpec = {
  name: 'reconfirmSponsor',
  schema: reconfirmSchema,
  action: 'cooperation.edit' as const,
  resource: (input: z.output<typeof reconfirmSchema>, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

export async function reconfirmHandler(input: z.output<typeof reconfirmSchema>, { db }: ActionContext, now: Date = new Date()) {
  if (!(await reconfirmSponsor(db, { ...input, now }))) throw new ActionError('not_found', 'Fant ikke sponsoren i dette samarbeidet.');
  return null;
}

export const replaceSponsorSpec = {
  name: 'replaceSponsor',
  schema: replaceSponsorSchema,
  action: 'cooperation.edit' as const,
  resource: (input: z.output<typeof replaceSponsorSchema>, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

/** The person is replaced and counts as confirmed from now: the member has just chosen them. */
export async function replaceSponsorHandler(input: z.output<typeof replaceSponsorSchema>, { db, user }: ActionContext, now: Date = new Date()) {
  const result = await replaceSponsor(db, { ...input, now, actorId: user.id, actorName: user.name });
  if (!result) throw new ActionError('not_found', 'Fant ikke sponsoren i dette samarbeidet.');
  return result;
}
