'use client';
import { signOut } from 'next-auth/react';
import { Button } from '@digdir/designsystemet-react';
import { useSharedWords } from './language/shared-words';

/** The header's sign-out button; its word comes from the root layout (useSharedWords). */
export function SignOutButton() {
  const words = useSharedWords().felles;
  return (
    <Button variant="secondary" data-size="sm" onClick={() => signOut({ callbackUrl: '/logg-inn?utlogget=1' })}>
      {words.signOut}
    </Button>
  );
}
