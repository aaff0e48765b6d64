import 'server-only';
// Who is signed in, as authorisation sees it: roles are read from the database on every
// request, so a revoked role or a deactivated account takes effect at once.
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { loadSessionUser } from '@/db/queries/users';
import { authOptions } from './options';
import type { SessionUser } from './roles';

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadSessionUser(await getDb(), id);
});

/** For pages behind sign-in: sends a signed-out visitor to the sign-in page and back. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/logg-inn?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
