'use client';
// Ends every session of the account, this one too (e.g. after using a shared computer).
import { useState, useTransition } from 'react';
import { Alert, Button } from '@digdir/designsystemet-react';
import { logOutEverywhereAction } from '../actions';

export function LogOutEverywhere({ words }: { words: { confirm: string; button: string } }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () => {
    if (!window.confirm(words.confirm)) return;
    startTransition(async () => {
      const result = await logOutEverywhereAction({});
      if (!result.ok) {
        setError(result.message);
        return;
      }
      const { signOut } = await import('next-auth/react'); // loaded on use, not with the page
      await signOut({ callbackUrl: '/logg-inn?utlogget=alle' });
    });
  };
  return (
    <div className="space-y-3">
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <Button variant="secondary" onClick={run} loading={pending} disabled={pending}>
        {words.button}
      </Button>
    </div>
  );
}
