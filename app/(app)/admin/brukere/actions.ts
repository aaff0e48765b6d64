'use server';
// Administration of users and roles: thin actions over db/queries, all through authedAction.
import { revalidatePath } from 'next/cache';
import { actionWords } from '@/lib/server/action-words';
import { createUser, getUser, grantRole, revokeRole, setUserActive } from '@/db/queries/users';
import { userStateDigest } from '@/db/queries/audit';
import { fullPasswordProblem } from '@/lib/server/auth/common-passwords';
import { hashPassword } from '@/lib/server/auth/password';
import { SYSTEM } from '@/lib/pure/auth/can';
import { ActionError } from '@/lib/server/action';
import { authedAction } from '@/lib/server/authed-action';
import { createUserSchema, grantRoleSchema, revokeRoleSchema, setUserActiveSchema } from '@/lib/pure/validation/admin';
import { getMunicipality } from '@/db/queries/municipalities';
import { cooperationExists } from '@/db/queries/cooperations';

// The audit log digests the affected account before and after each change.
const accountState = (input: { userId: string }, db: Parameters<typeof userStateDigest>[0]) => userStateDigest(db, input.userId);

export const createUserAction = authedAction({ schema: createUserSchema, action: 'user.create', resource: () => SYSTEM }, async (input, { db }) => {
  const weak = fullPasswordProblem(input.password, { email: input.email, name: input.name });
  if (weak) throw new ActionError('invalid', weak, { password: [weak] });
  // The administrator chose this password: the user must pick their own at first sign-in.
  const user = await createUser(db, { email: input.email, name: input.name, title: input.title ?? null, passwordHash: await hashPassword(input.password), mustChangePassword: true });
  if (!user) {
    const t = await actionWords('brukere');
    throw new ActionError('invalid', t('emailTaken'), { email: [t('emailTaken')] });
  }
  revalidatePath('/admin/brukere');
  return { id: user.id };
});

export const grantRoleAction = authedAction({ schema: grantRoleSchema, action: 'role.grant', resource: () => SYSTEM, state: accountState }, async (input, { db, user, audit }) => {
  audit?.set({ resourceKind: 'user', resourceId: input.userId });
  const t = await actionWords('brukere');
  if (!(await getUser(db, input.userId))) throw new ActionError('not_found', t('notFound'));
  if (input.kommunenummer && !(await getMunicipality(db, input.kommunenummer))) {
    throw new ActionError('invalid', t('unknownMunicipality'), { kommunenummer: [t('pickMunicipality')] });
  }
  if (input.cooperationId && !(await cooperationExists(db, input.cooperationId))) {
    throw new ActionError('invalid', t('unknownCooperation'), { cooperationId: [t('pickCooperation')] });
  }
  const result = await grantRole(db, { ...input, grantedBy: user.id });
  if (!result.created) throw new ActionError('invalid', t('hasRole'));
  revalidatePath(`/admin/brukere/${input.userId}`);
  return { id: result.id };
});

export const revokeRoleAction = authedAction({ schema: revokeRoleSchema, action: 'role.revoke', resource: () => SYSTEM, state: accountState }, async (input, { db, user, audit }) => {
  audit?.set({ resourceKind: 'user', resourceId: input.userId });
  if (!(await revokeRole(db, { assignmentId: input.assignmentId, revokedBy: user.id }))) {
    throw new ActionError('not_found', (await actionWords('brukere'))('alreadyRevoked'));
  }
  revalidatePath(`/admin/brukere/${input.userId}`);
  return null;
});

export const setUserActiveAction = authedAction({ schema: setUserActiveSchema, action: 'user.update', resource: () => SYSTEM, state: accountState }, async (input, { db, user, audit }) => {
  audit?.set({ resourceKind: 'user', resourceId: input.userId });
  const t = await actionWords('brukere');
  if (input.userId === user.id && !input.active) throw new ActionError('invalid', t('notSelf'));
  if (!(await getUser(db, input.userId))) throw new ActionError('not_found', t('notFound'));
  await setUserActive(db, input.userId, input.active);
  revalidatePath(`/admin/brukere/${input.userId}`);
  revalidatePath('/admin/brukere');
  return null;
});
