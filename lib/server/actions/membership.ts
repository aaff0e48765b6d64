import 'server-only';
// Who takes part: add or remove a member while the cooperation is being set up, and propose
// joiners and leavers in a redesign (applied when every member has decided, see
// workflows/cooperation/effects.ts). The state is checked under a row lock, so a lifecycle
// step cannot slip in between the check and the write.
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import {
  activeOrComingMembers,
  addMemberNow,
  hasPendingLeave,
  lockCooperationState,
  memberIdsOn,
  proposeJoin,
  proposeLeave,
  removeMemberNow,
  withdrawProposal,
} from '@/db/queries/membership';
import { getMunicipality } from '@/db/queries/municipalities';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/server/action-core';
import { addDays, osloDateOf } from '@/lib/pure/domain/iso-date';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { MEMBERSHIP_CLOSED_MESSAGE, membershipEditMode, type MembershipEditMode } from '@/lib/pure/domain/membership';
import { addMemberSchema, removeMemberSchema, withdrawChangeSchema } from '@/lib/pure/validation/membership';

type AddInput = z.output<typeof addMemberSchema>;
type RemoveInput = z.output<typeof removeMemberSchema>;
type WithdrawInput = z.output<typeof withdrawChangeSchema>;

export const addMemberSpec = { schema: addMemberSchema, action: 'cooperation.edit' as const, resource: cooperationOf };
export const removeMemberSpec = { schema: removeMemberSchema, action: 'cooperation.edit' as const, resource: cooperationOf };
export const withdrawChangeSpec = { schema: withdrawChangeSchema, action: 'cooperation.edit' as const, resource: cooperationOf };

const invalid = (field: string, message: string) => new ActionError('invalid', MESSAGES.invalid, { [field]: [message] });

async function openMode(db: Db, cooperationId: string): Promise<Exclude<MembershipEditMode, 'stengt'>> {
  const state = await lockCooperationState(db, cooperationId);
  if (state === null) throw new ActionError('not_found', MESSAGES.not_found);
  const mode = membershipEditMode(state as LifecycleState);
  if (mode === 'stengt') throw new ActionError('invalid', MEMBERSHIP_CLOSED_MESSAGE);
  return mode;
}

function futureDate(date: string | null | undefined, today: string, missing: string): string {
  if (!date) throw invalid('effectiveDate', missing);
  if (date < today) throw invalid('effectiveDate', 'Datoen kan ikke være tilbake i tid: endringen gjelder først når vedtakene er fattet.');
  return date;
}

export async function addMember(input: AddInput, ctx: ActionContext, now: Date = new Date()) {
  const today = osloDateOf(now);
  return ctx.db.transaction(async (tx) => {
    const mode = await openMode(tx, input.cooperationId);
    if (input.kommunenummer && !(await getMunicipality(tx, input.kommunenummer))) throw invalid('kommunenummer', 'Fant ikke kommunen. Velg en kommune fra listen.');
    const sameName = (name: string | null) => name?.trim().toLocaleLowerCase('nb') === input.organisationName?.toLocaleLowerCase('nb');
    const duplicate = (await activeOrComingMembers(tx, input.cooperationId, today)).some((m) =>
      input.kommunenummer ? m.kommunenummer === input.kommunenummer : sameName(m.organisationName),
    );
    if (duplicate) throw invalid(input.kommunenummer ? 'kommunenummer' : 'organisationName', 'Deltakeren er allerede med, eller er foreslått.');
    const member = { kommunenummer: input.kommunenummer, organisationName: input.organisationName, role: input.role };
    if (mode === 'direkte') return { memberId: await addMemberNow(tx, input.cooperationId, member), mode };
    const effectiveDate = futureDate(input.effectiveDate, today, 'Skriv inn datoen deltakeren blir med fra.');
    return { memberId: await proposeJoin(tx, input.cooperationId, { ...member, effectiveDate, reason: input.reason }, ctx.user.id, now), mode };
  });
}

export async function removeMember(input: RemoveInput, ctx: ActionContext, now: Date = new Date()) {
  const today = osloDateOf(now);
  return ctx.db.transaction(async (tx) => {
    const mode = await openMode(tx, input.cooperationId);
    const current = await memberIdsOn(tx, input.cooperationId, today);
    if (!current.has(input.memberId)) throw invalid('memberId', 'Deltakeren er ikke med i samarbeidet nå.');
    if (current.size <= 2) throw invalid('memberId', 'Et samarbeid trenger minst to deltakere. Legg til en ny deltaker først.');
    if (mode === 'direkte') return { mode, result: await removeMemberNow(tx, input.cooperationId, input.memberId, addDays(today, -1)) };
    const effectiveDate = futureDate(input.effectiveDate, today, 'Skriv inn siste dag som deltaker.');
    if (await hasPendingLeave(tx, input.cooperationId, input.memberId)) throw invalid('memberId', 'Uttreden for denne deltakeren er allerede foreslått.');
    await proposeLeave(tx, input.cooperationId, input.memberId, { effectiveDate, reason: input.reason }, ctx.user.id, now);
    return { mode, result: 'foreslatt' as const };
  });
}

export async function withdrawChange(input: WithdrawInput, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    if ((await openMode(tx, input.cooperationId)) !== 'forslag') throw new ActionError('invalid', MEMBERSHIP_CLOSED_MESSAGE);
    if (!(await withdrawProposal(tx, input.cooperationId, input.changeId, now))) {
      throw new ActionError('conflict', 'Forslaget er allerede trukket eller avgjort. Last siden på nytt.');
    }
    return { changeId: input.changeId };
  });
}
