'use client';
// Re-confirms one sponsor after an election (a Støtte save of that tick, with the Støtte version the page showed).
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { reconfirmSponsorAction } from '../sponsor-actions';

export function ReconfirmButton({ cooperationId, sponsorId, name, version }: { cooperationId: string; sponsorId: string; name: string; version: number }) {
  const router = useRouter();
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
            const result = await reconfirmSponsorAction({ cooperationId, sponsorId, version });
            if (!result.ok && result.code === 'conflict') {
              setError('Støttesiden ble endret av noen andre samtidig. Siden er oppdatert; prøv igjen.');
              router.refresh();
              return;
            }
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
