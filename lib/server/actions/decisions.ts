import 'server-only';
// Recording a member's decision in the open round. Only while the cooperation is in
// medlemsvedtak, and always in the machine's current round (snapshot context), so a
// decision can never land in a round that is closed. Leaving medlemsvedtak is a lifecycle
// step on the overview page, not a side effect of recording.
import type { z } from 'zod';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { insertDecision, lockLifecycle } from '@/db/queries/decisions';
import { decidingMemberIds } from '@/db/queries/membership';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/server/action';
import { recordDecisionSchema } from '@/lib/pure/validation/decisions';
import { restorableSnapshot } from '@/workflows/cooperation/snapshots';

type Input = z.output<typeof recordDecisionSchema>;

export const NO_OPEN_ROUND_MESSAGE =
  'Det er ingen åpen vedtaksrunde. Vedtak kan bare registreres når samarbeidet er sendt til vedtak i deltakerne.';

export const recordDecisionSpec = {
  schema: recordDecisionSchema,
  action: 'lifecycle.decide' as const,
  resource: cooperationOf,
};

export async function recordDecision(input: Input, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const lifecycle = await lockLifecycle(tx, input.cooperationId);
    if (!lifecycle) throw new ActionError('not_found', MESSAGES.not_found);
    if (lifecycle.state !== 'medlemsvedtak') throw new ActionError('invalid', NO_OPEN_ROUND_MESSAGE);
    const round = restorableSnapshot(lifecycle).context.decisionRound;
    // Today's members and a redesign's proposed joiners decide (lib/pure/domain/membership.ts).
    if (!(await decidingMemberIds(tx, input.cooperationId, osloDateOf(now))).has(input.memberId)) {
      throw new ActionError('invalid', MESSAGES.invalid, { memberId: ['Deltakeren er ikke med i dette samarbeidet.'] });
    }
    const id = await insertDecision(tx, {
      cooperationId: input.cooperationId,
      memberId: input.memberId,
      round,
      body: input.body,
      date: input.date,
      saksnummer: input.saksnummer,
      outcome: input.outcome,
      url: input.url,
      recordedBy: ctx.user.id,
      recordedAt: now,
    });
    return { cooperationId: input.cooperationId, id, round };
  });
}
