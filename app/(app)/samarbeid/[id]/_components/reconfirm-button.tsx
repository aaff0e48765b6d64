'use client';
import { useState, useTransition } from 'react';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { reconfirmSponsorAction } from '../sponsor-actions';

export function ReconfirmButton({ cooperationId, sponsorId, name }: { cooperationId: string; sponsorId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <Button
        variant="secondary"
        data-size="sm"
        loading={pending}
        aria-label={`Bekreft ${name} som sponsor`}
        onClick={() =>
          startTransition(async () => {
            const result = await reconfirmSponsorAction({ cooperationId, sponsorId });
            setError(result.ok ? null : result.message);
          })
        }
      >
        Bekreft
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}
