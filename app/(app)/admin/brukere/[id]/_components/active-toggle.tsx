'use client';
import { useState, useTransition } from 'react';
import { Button, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import { setUserActiveAction } from '../../actions';

export function ActiveToggle({ userId, active, self }: { userId: string; active: boolean; self: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-2">
      <Tag data-color={active ? 'success' : 'neutral'}>{active ? 'Aktiv bruker' : 'Deaktivert'}</Tag>
      {self ? null : (
        <Button
          variant="secondary"
          data-size="sm"
          loading={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await setUserActiveAction({ userId, active: !active });
              setError(result.ok ? null : result.message);
            })
          }
        >
          {active ? 'Deaktiver bruker' : 'Aktiver bruker'}
        </Button>
      )}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
