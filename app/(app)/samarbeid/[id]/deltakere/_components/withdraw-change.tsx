'use client';
// Withdraws a membership proposal before the members have decided on it.
import { useState, useTransition } from 'react';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { withdrawChangeAction } from '../actions';

export function WithdrawChange({ cooperationId, changeId, label }: { cooperationId: string; changeId: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <Button
        variant="tertiary"
        data-size="sm"
        loading={pending}
        aria-label={`Trekk forslaget: ${label}`}
        onClick={() =>
          startTransition(async () => {
            const result = await withdrawChangeAction({ cooperationId, changeId });
            setError(result.ok ? null : result.message);
          })
        }
      >
        Trekk forslaget
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}
