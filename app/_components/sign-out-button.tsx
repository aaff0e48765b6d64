'use client';
import { signOut } from 'next-auth/react';
import { Button } from '@digdir/designsystemet-react';

export function SignOutButton() {
  return (
    <Button variant="secondary" data-size="sm" onClick={() => signOut({ callbackUrl: '/logg-inn?utlogget=1' })}>
      Logg ut
    </Button>
  );
}
