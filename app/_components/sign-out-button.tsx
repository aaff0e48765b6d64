'use client';
import { signOut } from 'next-auth/react';
import { Button } from '@digdir/designsystemet-react';
import { useSharedWords } from './language/shared-words';

/** Its bokmål word (felleskomponent.klient in nb.json), when no page language is provided. */
export const SIGN_OUT_WORDS = { signOut: 'Logg ut' };

/** The header's sign-out button; its word comes from the root layout (useSharedWords). */
export function SignOutButton() {
  const { words } = useSharedWords('felles', SIGN_OUT_WORDS);
  return (
    <Button variant="secondary" data-size="sm" onClick={() => signOut({ callbackUrl: '/logg-inn?utlogget=1' })}>
      {words.signOut}
    </Button>
  );
}
