import 'server-only';
// Adding an invitee to an open evaluation round: the leader or a member's rådmannsteam
// ('lifecycle.evaluate', as for opening and closing), only people the round would invite if
// opened now, only while it is open (the round row is locked), audited by the action door.
import type { z } from 'zod';
import { loadDossier } from '@/db/queries/dossier';
import { addInvitation, missingInvitees } from '@/db/queries/evaluation-invitees';
import { lockRound, roundResource } from '@/db/queries/evaluations';
import { ActionError, type ActionContext } from '@/lib/server/action-core';
import { addInviteeSchema } from '@/lib/pure/validation/accounts';

export const INVITEE_MESSAGES = {
  noRound: 'Fant ikke evalueringsrunden.',
  closed: 'Evalueringsrunden er lukket, så ingen flere kan inviteres.',
  notCandidate: 'Personen kan ikke inviteres til denne runden: hen er allerede invitert, eller har ingen rolle i samarbeidet som gir invitasjon.',
} as const;

export const addInviteeSpec = {
  schema: addInviteeSchema,
  action: 'lifecycle.evaluate' as const,
  name: 'addEvaluationInvitee',
  resource: (input: { roundId: string }, ctx: ActionContext) => roundResource(ctx.db, input.roundId),
};

export async function addEvaluationInvitee(input: z.output<typeof addInviteeSchema>, ctx: ActionContext) {
  const round = await lockRound(ctx.db, input.roundId);
  if (!round) throw new ActionError('not_found', INVITEE_MESSAGES.noRound);
  if (round.status !== 'aapen') throw new ActionError('invalid', INVITEE_MESSAGES.closed);
  const dossier = await loadDossier(ctx.db, round.cooperationId, { today: ctx.today });
  if (!dossier) throw new ActionError('not_found', INVITEE_MESSAGES.noRound);
  const candidate = (await missingInvitees(ctx.db, dossier, round.id)).find((c) => c.userId === input.userId);
  if (!candidate || !(await addInvitation(ctx.db, { ...candidate, roundId: round.id, invitedAt: ctx.now }))) throw new ActionError('invalid', INVITEE_MESSAGES.notCandidate);
  ctx.audit?.set({ resourceKind: 'cooperation', resourceId: round.cooperationId, details: { runde: round.number, invitert: input.userId, perspektiv: candidate.perspective } });
  return { cooperationId: round.cooperationId, perspective: candidate.perspective };
}
