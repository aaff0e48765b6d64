// Elections (administrator) and sponsor re-confirmation (those who may edit the cooperation).
import type { z } from 'zod';
import { cooperationResource } from '@/db/queries/dossier';
import { reconfirmSponsor, recordElection } from '@/db/queries/elections';
import { ActionError, type ActionContext } from '@/lib/action';
import { SYSTEM } from '@/lib/auth/can';
import { electionSchema, reconfirmSchema } from '@/lib/validation/elections';

export const recordElectionSpec = { schema: electionSchema, action: 'election.record' as const, resource: () => SYSTEM };

export async function recordElectionHandler(input: z.output<typeof electionSchema>, { db, user }: ActionContext) {
  const result = await recordElection(db, { electionDate: input.electionDate, recordedBy: user.id });
  if (!result.created) throw new ActionError('invalid', 'Dette valget er allerede registrert.', { electionDate: ['Dette valget er allerede registrert.'] });
  return { cooperations: result.election.cooperationsFlagged, sponsors: result.election.sponsorsFlagged };
}

export const reconfirmSpec = {
  schema: reconfirmSchema,
  action: 'cooperation.edit' as const,
  resource: (input: z.output<typeof reconfirmSchema>, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

export async function reconfirmHandler(input: z.output<typeof reconfirmSchema>, { db }: ActionContext) {
  if (!(await reconfirmSponsor(db, { ...input, now: new Date() }))) throw new ActionError('not_found', 'Fant ikke sponsoren i dette samarbeidet.');
  return null;
}
