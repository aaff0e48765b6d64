import 'server-only';
// Logging follow-up: an anchoring occurrence held, missed or moved, and an execution of the
// information plan. The action gate is 'cooperation.read' because sponsors, who may not edit
// the cooperation, log their own member's anchoring; who may log what is then decided by
// can(…, 'anchoring.log' | 'information.log') inside the transaction. Closed cooperations are
// history: no logging.
import type { z } from 'zod';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { findInformationItem, insertExecution, lockOccurrence, sponsorUsersByMember, updateOccurrenceLog } from '@/db/queries/follow-up';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/server/action';
import { can, memberResource } from '@/lib/pure/auth/can';
import { isEnded } from '@/lib/pure/domain/dossier';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { PAST_NEW_DATE_MESSAGE, logExecutionSchema, logOccurrenceSchema } from '@/lib/pure/validation/follow-up';
import { DATE_IN_FUTURE } from '@/lib/pure/validation/messages';

type OccurrenceInput = z.output<typeof logOccurrenceSchema>;
type ExecutionInput = z.output<typeof logExecutionSchema>;

export const CLOSED_MESSAGE = 'Samarbeidet er avsluttet. Det kan ikke lenger registreres oppfølging på det.';

export const logOccurrenceSpec = {
  schema: logOccurrenceSchema,
  action: 'cooperation.read' as const,
  resource: cooperationOf,
};

export async function logOccurrence(input: OccurrenceInput, ctx: ActionContext, now: Date = new Date()) {
  const today = osloDateOf(now);
  return ctx.db.transaction(async (tx) => {
    const occurrence = await lockOccurrence(tx, input.occurrenceId);
    if (!occurrence || occurrence.cooperationId !== input.cooperationId) throw new ActionError('not_found', MESSAGES.not_found);
    const sponsorUserIds = (await sponsorUsersByMember(tx, [input.cooperationId])).get(occurrence.memberId) ?? [];
    if (!can(ctx.user, 'anchoring.log', memberResource(input.cooperationId, { kommunenummer: occurrence.kommunenummer, sponsorUserIds }))) {
      throw new ActionError('forbidden', MESSAGES.forbidden);
    }
    if (isEnded(occurrence.state)) throw new ActionError('invalid', CLOSED_MESSAGE);
    if (input.heldDate !== null && input.heldDate > today) throw new ActionError('invalid', MESSAGES.invalid, { heldDate: [DATE_IN_FUTURE] });
    if (input.newDate !== null && input.newDate < today) throw new ActionError('invalid', MESSAGES.invalid, { newDate: [PAST_NEW_DATE_MESSAGE] });
    await updateOccurrenceLog(tx, occurrence.id, {
      status: input.status,
      heldDate: input.status === 'utsatt' ? input.newDate : input.heldDate,
      saksnummer: input.saksnummer,
      minutesUrl: input.minutesUrl,
      // A held meeting logged without a comment keeps the reason it was moved for.
      note: input.note ?? (input.status === 'holdt' ? occurrence.note : null),
      loggedBy: ctx.user.id,
      loggedAt: now,
    });
    return { cooperationId: input.cooperationId, occurrenceId: occurrence.id, status: input.status, kommunenummer: occurrence.kommunenummer };
  });
}

export const logExecutionSpec = {
  schema: logExecutionSchema,
  action: 'cooperation.read' as const,
  resource: cooperationOf,
};

export async function logExecution(input: ExecutionInput, ctx: ActionContext, now: Date = new Date()) {
  const resource = await cooperationOf(input, ctx);
  if (!resource) throw new ActionError('not_found', MESSAGES.not_found);
  if (!can(ctx.user, 'information.log', resource)) throw new ActionError('forbidden', MESSAGES.forbidden);
  return ctx.db.transaction(async (tx) => {
    const item = await findInformationItem(tx, input.informationItemId);
    if (!item || item.cooperationId !== input.cooperationId) throw new ActionError('not_found', MESSAGES.not_found);
    if (isEnded(item.state)) throw new ActionError('invalid', CLOSED_MESSAGE);
    if (input.executedOn > osloDateOf(now)) throw new ActionError('invalid', MESSAGES.invalid, { executedOn: [DATE_IN_FUTURE] });
    const id = await insertExecution(tx, {
      cooperationId: input.cooperationId,
      informationItemId: item.id,
      executedOn: input.executedOn,
      description: input.description,
      url: input.url,
      loggedBy: ctx.user.id,
      loggedAt: now,
    });
    return { cooperationId: input.cooperationId, id };
  });
}
