import 'server-only';
// Elections (administrator). Re-confirming or replacing a sponsor after one is a Støtte save
// (lib/server/actions/phases/stotte.ts reconfirmSponsor, replaceSponsor).
import type { z } from 'zod';
import { recordElection } from '@/db/queries/elections';
import { ActionError, type ActionContext } from '@/lib/server/action';
import { SYSTEM } from '@/lib/pure/auth/can';
import { electionSchema } from '@/lib/pure/validation/elections';

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
