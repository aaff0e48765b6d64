'use server';
// A municipality's own users: invite, grant and revoke its own roles (lib/server/actions/local-admin.ts).
// The refusals of local-admin.ts are bokmål constants (LOCAL_MESSAGES); here they are said in the
// user's language (brukere.kommune).
import { revalidatePath } from 'next/cache';
import { actionWords } from '@/lib/server/action-words';
import { ActionError } from '@/lib/server/action';
import { authedAction } from '@/lib/server/authed-action';
import {
  grantMunicipalityRole,
  inviteMunicipalityUser,
  LOCAL_MESSAGES,
  localGrantSpec,
  localInviteSpec,
  localRevokeSpec,
  revokeMunicipalityRole,
} from '@/lib/server/actions/local-admin';

/** Runs a local-admin step, rethrowing its known refusals in the user's language. */
async function translated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ActionError) {
      const key = (Object.keys(LOCAL_MESSAGES) as (keyof typeof LOCAL_MESSAGES)[]).find((k) => LOCAL_MESSAGES[k] === error.message);
      if (key) {
        const t = await actionWords('brukere.kommune');
        throw new ActionError(error.code, t(key), error.fieldErrors, error.conflict);
      }
    }
    throw error;
  }
}

export const inviteMunicipalityUserAction = authedAction(localInviteSpec, async (input, ctx) => {
  await translated(() => inviteMunicipalityUser(input, ctx));
  revalidatePath(`/kommune/${input.kommunenummer}/brukere`);
  const t = await actionWords('brukere.kommune');
  return { message: t('sent', { email: input.email }) };
});

export const grantMunicipalityRoleAction = authedAction(localGrantSpec, async (input, ctx) => {
  const result = await translated(() => grantMunicipalityRole(input, ctx));
  revalidatePath(`/kommune/${input.kommunenummer}/brukere`);
  return result;
});

export const revokeMunicipalityRoleAction = authedAction(localRevokeSpec, async (input, ctx) => {
  const result = await translated(() => revokeMunicipalityRole(input, ctx));
  revalidatePath(`/kommune/${input.kommunenummer}/brukere`);
  return result;
});
