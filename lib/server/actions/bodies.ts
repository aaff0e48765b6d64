import 'server-only';
// Recording what happens in the cooperation's own bodies: meetings (with the date the case
// documents went out and the minutes), decisions taken in them, and the notice period the
// cooperation holds itself to. Entered by the members' rådmannsteam or the operative leader
// (cooperation.edit) while the cooperation runs. A decision that changes the statutes or is
// marked major creates its own anchoring occurrences in the same transaction.
import type { z } from 'zod';
import { anchoringPointsOf, insertPlannedOccurrences, removePlannedEventOccurrences } from '@/db/queries/anchoring';
import { deleteBodyDecision, insertBodyDecision, insertMeeting, lockForBodies, meetingOf, setNoticeDays, updateMeeting } from '@/db/queries/bodies';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { memberSpansOn } from '@/db/queries/membership';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/server/action-core';
import { OPERATING_STATES } from '@/lib/pure/domain/anchoring-facts';
import type { Design, LifecycleState } from '@/lib/pure/domain/dossier';
import { eventOccurrences } from '@/lib/pure/domain/event-anchoring';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { bodyDecisionSchema, meetingSchema, noticeDaysSchema, removeBodyDecisionSchema } from '@/lib/pure/validation/bodies';
import { DATE_IN_FUTURE } from '@/lib/pure/validation/messages';

/** States in which the bodies meet: running, and winding down. */
export const BODY_STATES: readonly LifecycleState[] = [...OPERATING_STATES, 'avvikling'];

export const BODY_MESSAGES = {
  notRunning: 'Møter og vedtak i samarbeidets organer registreres når samarbeidet er i drift.',
  noBody: 'Velg et av organene fra design-fasen.',
  sentInFuture: DATE_IN_FUTURE,
  meetingAhead: 'Møtet er ikke holdt ennå. Registrer vedtak når møtet er holdt.',
  noMeeting: 'Fant ikke møtet. Det kan være slettet.',
  notMember: 'Velg bare deltakere som var med i samarbeidet den dagen møtet ble holdt.',
  conflict: 'Noen andre har endret møtet siden du åpnet det. Last siden på nytt og prøv igjen.',
} as const;

// Named, so the audit log says which write it was (the wrapper digests the cooperation before and after).
export const saveMeetingSpec = { schema: meetingSchema, action: 'cooperation.edit' as const, resource: cooperationOf, name: 'saveMeeting' };
export const recordBodyDecisionSpec = { schema: bodyDecisionSchema, action: 'cooperation.edit' as const, resource: cooperationOf, name: 'recordBodyDecision' };
export const removeBodyDecisionSpec = { schema: removeBodyDecisionSchema, action: 'cooperation.edit' as const, resource: cooperationOf, name: 'removeBodyDecision' };
export const saveNoticeDaysSpec = { schema: noticeDaysSchema, action: 'cooperation.edit' as const, resource: cooperationOf, name: 'saveNoticeDays' };

async function lockRunning(ctx: ActionContext, cooperationId: string) {
  const row = await lockForBodies(ctx.db, cooperationId);
  if (!row) throw new ActionError('not_found', MESSAGES.not_found);
  if (!BODY_STATES.includes(row.state as LifecycleState)) throw new ActionError('invalid', BODY_MESSAGES.notRunning);
  return { bodies: (row.design as Design | null)?.bodies ?? [] };
}

export async function saveMeeting(input: z.output<typeof meetingSchema>, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const c = { ...ctx, db: tx };
    const { bodies } = await lockRunning(c, input.cooperationId);
    const body = bodies.find((b) => b.id === input.bodyId);
    // A meeting stays with the body it was held in, even if the design has since renamed or removed it.
    const existing = input.meetingId ? await meetingOf(tx, input.cooperationId, input.meetingId) : null;
    if (input.meetingId && !existing) throw new ActionError('not_found', BODY_MESSAGES.noMeeting);
    const keepsOldBody = existing !== null && existing.bodyId === input.bodyId;
    if (!body && !keepsOldBody) throw new ActionError('invalid', MESSAGES.invalid, { bodyId: [BODY_MESSAGES.noBody] });
    if (input.documentsSentDate && input.documentsSentDate > osloDateOf(now)) {
      throw new ActionError('invalid', MESSAGES.invalid, { documentsSentDate: [BODY_MESSAGES.sentInFuture] });
    }
    const values = {
      bodyId: input.bodyId,
      bodyName: body?.name ?? existing!.bodyName,
      meetingDate: input.meetingDate,
      documentsSentDate: input.documentsSentDate,
      minutesUrl: input.minutesUrl,
      minutesPublic: input.minutesPublic,
    };
    if (!input.meetingId) {
      const id = await insertMeeting(tx, input.cooperationId, values, ctx.user.id, now);
      ctx.audit?.set({ details: { opprettet: id } });
      return { cooperationId: input.cooperationId, meetingId: id, version: 0, created: true };
    }
    const result = await updateMeeting(tx, input.cooperationId, input.meetingId, input.expectedVersion, values, now);
    if (!result.ok) throw result.reason === 'conflict' ? new ActionError('conflict', BODY_MESSAGES.conflict) : new ActionError('not_found', BODY_MESSAGES.noMeeting);
    return { cooperationId: input.cooperationId, meetingId: input.meetingId, version: result.version, created: false };
  });
}

export async function recordBodyDecision(input: z.output<typeof bodyDecisionSchema>, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    await lockRunning({ ...ctx, db: tx }, input.cooperationId);
    const meeting = await meetingOf(tx, input.cooperationId, input.meetingId);
    if (!meeting) throw new ActionError('not_found', BODY_MESSAGES.noMeeting);
    if (meeting.meetingDate > osloDateOf(now)) throw new ActionError('invalid', BODY_MESSAGES.meetingAhead);
    // Who could prepare it, and who anchors it: the members on the day of the meeting.
    const members = await memberSpansOn(tx, input.cooperationId, meeting.meetingDate);
    const memberIds = new Set(members.map((m) => m.id));
    if (input.preparedByMemberIds.some((id) => !memberIds.has(id))) {
      throw new ActionError('invalid', MESSAGES.invalid, { preparedByMemberIds: [BODY_MESSAGES.notMember] });
    }
    const { cooperationId, meetingId, ...decision } = input;
    const id = await insertBodyDecision(tx, { ...decision, cooperationId, meetingId, recordedBy: ctx.user.id, recordedAt: now });
    let occurrences = 0;
    if (input.anchoringEvent) {
      const points = await anchoringPointsOf(tx, cooperationId);
      const planned = eventOccurrences({
        points,
        members,
        event: input.anchoringEvent,
        eventDate: meeting.meetingDate,
        eventRef: id,
      });
      occurrences = await insertPlannedOccurrences(tx, planned.map((o) => ({ ...o, cooperationId })));
    }
    ctx.audit?.set({ details: { opprettet: id, mote: meetingId, forankringspunkter: occurrences } });
    return { cooperationId, decisionId: id, occurrences };
  });
}

export async function removeBodyDecision(input: z.output<typeof removeBodyDecisionSchema>, ctx: ActionContext) {
  return ctx.db.transaction(async (tx) => {
    await lockRunning({ ...ctx, db: tx }, input.cooperationId);
    const removed = await deleteBodyDecision(tx, input.cooperationId, input.decisionId);
    if (!removed) throw new ActionError('not_found', 'Fant ikke vedtaket. Det kan allerede være fjernet.');
    const occurrences = await removePlannedEventOccurrences(tx, input.cooperationId, input.decisionId);
    ctx.audit?.set({ details: { fjernet: input.decisionId, fjernedeForankringspunkter: occurrences } });
    return { cooperationId: input.cooperationId, title: removed.title, occurrences };
  });
}

export async function saveNoticeDays(input: z.output<typeof noticeDaysSchema>, ctx: ActionContext) {
  if (!(await setNoticeDays(ctx.db, input.cooperationId, input.days))) throw new ActionError('not_found', MESSAGES.not_found);
  return { cooperationId: input.cooperationId, days: input.days };
}
