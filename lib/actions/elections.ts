// Elections (administrator). Re-confirming a sponsor after one is a Støtte save
// (lib/actions/phases/stotte.ts reconfirmSponsor).
import type { z } from 'zod';
import { recordElection } from '@/db/queries/elections';
import { ActionError, type ActionContext } from '@/lib/action';
import { SYSTEM } from '@/lib/auth/can';
import { electionSchema } from '@/lib/validation/elections';

export const recordElectionSpec = { schema: electionSchema, action: 'election.record' as const, resource: () => SYSTEM };

export async function recordElectionHandler(input: z.output<typeof electionSchema>, { db, user }: ActionContext) {
  const result = await recordElection(db, { electionDate: input.electionDate, recordedBy: user.id });
  if (!result.created) throw new ActionError('invalid', 'Dette valget er allerede registrert.', { electionDate: ['Dette valget er allerede registrert.'] });
  return { cooperations: result.election.cooperationsFlagged, sponsors: result.election.sponsorsFlagged };
}
