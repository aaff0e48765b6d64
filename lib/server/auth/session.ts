import 'server-only';
// Who is signed in, as authorisation sees it: the cookie must name a live server-side session
// (ended by sign-out, a password change, deactivation or "log out everywhere"), and roles are
// read from the database on every request, so a revoked role takes effect at once.
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { loadSignedInUser } from '@/db/queries/users';
import { authOptions } from './options';
import type { SessionUser } from '@/lib/pure/auth/roles';

/** Where a user with an administrator-chosen password is sent until they pick their own. */
export const CHANGE_PASSWORD_PATH = '/profil/passord';

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  const sid = (session as { sid?: string } | null)?.sid;
  if (!id || !sid) return null;
  return loadSignedInUser(await getDb(), { userId: id, sessionId: sid, now: new Date() });
});

/**
 * For pages behind sign-in: sends a signed-out visitor to the sign-in page and back, and a
 * user who must still replace an administrator-chosen password to the page for that.
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/logg-inn?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && returnTo !== CHANGE_PASSWORD_PATH) redirect(CHANGE_PASSWORD_PATH);
  return user;
}
