'use server';
// Changing your own password and ending all your sessions: thin bindings of lib/server/actions/password.ts.
import { actionWords } from '@/lib/server/action-words';
import { getDb } from '@/db/client';
import { changePassword, changePasswordSpec, logOutEverywhere, logOutEverywhereSpec, PASSWORD_MESSAGES_DONE, recordWrongCurrentPassword } from '@/lib/server/actions/password';
import { currentUser } from '@/lib/server/auth/session';
import { authedAction, requestClientAddress } from '@/lib/server/authed-action';

// The field messages of password.ts that belong to this form, in the user's language (profil.passord).
const OWN_FIELD_MESSAGES: Readonly<Record<string, 'wrongCurrent' | 'sameAsCurrent'>> = {
  [PASSWORD_MESSAGES_DONE.wrongCurrent]: 'wrongCurrent',
  'Velg et annet passord enn det du har nå.': 'sameAsCurrent',
};

export async function changePasswordAction(input: unknown) {
  const address = await requestClientAddress();
  const result = await authedAction(changePasswordSpec, (i, ctx) => changePassword(i, ctx, address))(input);
  if (!result.ok && result.fieldErrors?.current) {
    const user = await currentUser();
    if (user) await recordWrongCurrentPassword(await getDb(), user.email, address);
  }
  if (!result.ok && result.fieldErrors) {
    const t = await actionWords('profil.passord');
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages.map((m) => (OWN_FIELD_MESSAGES[m] ? t(OWN_FIELD_MESSAGES[m]) : m))]),
    );
    return { ...result, fieldErrors };
  }
  return result;
}

export const logOutEverywhereAction = authedAction(logOutEverywhereSpec, logOutEverywhere);
