'use server';
// Deltakere: binds adding, removing and withdrawing membership changes to the session.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { addMember, addMemberSpec, removeMember, removeMemberSpec, withdrawChange, withdrawChangeSpec } from '@/lib/server/actions/membership';

const refresh = (cooperationId: string) => revalidatePath(`/samarbeid/${cooperationId}`, 'layout');

export const addMemberAction = authedAction(addMemberSpec, async (input, ctx) => {
  const result = await addMember(input, ctx);
  refresh(input.cooperationId);
  return result;
});

export const removeMemberAction = authedAction(removeMemberSpec, async (input, ctx) => {
  const result = await removeMember(input, ctx);
  refresh(input.cooperationId);
  return result;
});

export const withdrawChangeAction = authedAction(withdrawChangeSpec, async (input, ctx) => {
  const result = await withdrawChange(input, ctx);
  refresh(input.cooperationId);
  return result;
});
