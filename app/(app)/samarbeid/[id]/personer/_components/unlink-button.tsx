'use client';
// Removes a person's account link (and the role it gave), after a confirmation.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { unlinkPersonAction } from '../actions';

export function UnlinkButton({ cooperationId, linkId, personName }: { cooperationId: string; linkId: string; personName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        aria-label={`Fjern kontokoblingen for ${personName}`}
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(`Fjerne kontokoblingen for ${personName}? Personen mister tilgangen koblingen ga.`)) return;
            const result = await unlinkPersonAction({ cooperationId, linkId });
            setError(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          })
        }
      >
        Fjern kobling
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
