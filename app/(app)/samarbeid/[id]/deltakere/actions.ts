'use server';
// Deltakere: binds adding, removing and withdrawing membership changes to the session.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/pure/action-result';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { inOwnWords } from '@/lib/server/i18n/own-messages';
import { authedAction } from '@/lib/server/authed-action';
import { addMember, addMemberSpec, removeMember, removeMemberSpec, withdrawChange, withdrawChangeSpec } from '@/lib/server/actions/membership';

const refresh = (cooperationId: string) => revalidatePath(`/samarbeid/${cooperationId}`, 'layout');

/** The page's own refusals (thrown in bokmål) in the request's language. */
const own = <T>(result: ActionResult<T>) => inOwnWords(result, CATALOGUES.nb.deltakere.feil, () => getTranslations('deltakere.feil'));

const addMemberActionInner = authedAction(addMemberSpec, async (input, ctx) => {
  const result = await addMember(input, ctx);
  refresh(input.cooperationId);
  return result;
});

const removeMemberActionInner = authedAction(removeMemberSpec, async (input, ctx) => {
  const result = await removeMember(input, ctx);
  refresh(input.cooperationId);
  return result;
});

const withdrawChangeActionInner = authedAction(withdrawChangeSpec, async (input, ctx) => {
  const result = await withdrawChange(input, ctx);
  refresh(input.cooperationId);
  return result;
});

export const addMemberAction = async (input: unknown) => own(await addMemberActionInner(input));

export const removeMemberAction = async (input: unknown) => own(await removeMemberActionInner(input));

export const withdrawChangeAction = async (input: unknown) => own(await withdrawChangeActionInner(input));
