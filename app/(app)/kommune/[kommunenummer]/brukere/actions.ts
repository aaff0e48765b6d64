'use server';
// A municipality's own users: invite, grant and revoke its own roles (lib/server/actions/local-admin.ts).
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import {
  grantMunicipalityRole,
  inviteMunicipalityUser,
  localGrantSpec,
  localInviteSpec,
  localRevokeSpec,
  revokeMunicipalityRole,
} from '@/lib/server/actions/local-admin';

export const inviteMunicipalityUserAction = authedAction(localInviteSpec, async (input, ctx) => {
  const result = await inviteMunicipalityUser(input, ctx);
  revalidatePath(`/kommune/${input.kommunenummer}/brukere`);
  return result;
});

export const grantMunicipalityRoleAction = authedAction(localGrantSpec, async (input, ctx) => {
  const result = await grantMunicipalityRole(input, ctx);
  revalidatePath(`/kommune/${input.kommunenummer}/brukere`);
  return result;
});

export const revokeMunicipalityRoleAction = authedAction(localRevokeSpec, async (input, ctx) => {
  const result = await revokeMunicipalityRole(input, ctx);
  revalidatePath(`/kommune/${input.kommunenummer}/brukere`);
  return result;
});
