'use server';
// Changing your own password and ending all your sessions: thin bindings of lib/server/actions/password.ts.
import { getDb } from '@/db/client';
import { changePassword, changePasswordSpec, logOutEverywhere, logOutEverywhereSpec, recordWrongCurrentPassword } from '@/lib/server/actions/password';
import { currentUser } from '@/lib/server/auth/session';
import { authedAction, requestClientAddress } from '@/lib/server/authed-action';

export async function changePasswordAction(input: unknown) {
  const address = await requestClientAddress();
  const result = await authedAction(changePasswordSpec, (i, ctx) => changePassword(i, ctx, address))(input);
  if (!result.ok && result.fieldErrors?.current) {
    const user = await currentUser();
    if (user) await recordWrongCurrentPassword(await getDb(), user.email, address);
  }
  return result;
}

export const logOutEverywhereAction = authedAction(logOutEverywhereSpec, logOutEverywhere);
