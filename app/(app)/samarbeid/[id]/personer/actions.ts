'use server';
// People linked to accounts: pick an account, invite by e-mail, remove a link (lib/server/actions/person-links.ts).
import { getTranslations } from 'next-intl/server';
import { authedAction } from '@/lib/server/authed-action';
import { invitePerson, invitePersonSpec, linkPersonToUser, linkUserSpec, unlinkPerson, unlinkPersonSpec } from '@/lib/server/actions/person-links';
import { revalidateCooperation } from '@/lib/server/revalidate';

export const linkPersonToUserAction = authedAction(linkUserSpec, async (input, ctx) => {
  const result = await linkPersonToUser(input, ctx);
  revalidateCooperation(input.cooperationId);
  return result;
});

export const invitePersonAction = authedAction(invitePersonSpec, async (input, ctx) => {
  const result = await invitePerson(input, ctx);
  revalidateCooperation(input.cooperationId);
  // The answer in the request's language (bokmål word for word as invitePerson's).
  const t = await getTranslations('personer.feil');
  return { ...result, message: t('sentTo', { email: input.email }) };
});

export const unlinkPersonAction = authedAction(unlinkPersonSpec, async (input, ctx) => {
  const result = await unlinkPerson(input, ctx);
  revalidateCooperation(input.cooperationId);
  return result;
});
