'use client';
import { Button } from '@digdir/designsystemet-react';
import { useSharedWords } from './language/shared-words';

/** Its bokmål word (felleskomponent.klient in nb.json), when no page language is provided. */
export const SIGN_OUT_WORDS = { signOut: 'Logg ut' };

// next-auth's browser client (with its ES5 helpers, ~5 kB gzipped) is loaded on the click, not
// with every page the header is on.
const signOut = async () => (await import('next-auth/react')).signOut({ callbackUrl: '/logg-inn?utlogget=1' });

/** The header's sign-out button; its word comes from the root layout (useSharedWords). */
export function SignOutButton() {
  const { words } = useSharedWords('felles', SIGN_OUT_WORDS);
  return (
    <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
      {words.signOut}
    </Button>
  );
}
