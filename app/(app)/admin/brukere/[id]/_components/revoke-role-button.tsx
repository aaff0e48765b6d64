'use client';
import { useState, useTransition } from 'react';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { revokeRoleAction } from '../../actions';

export function RevokeRoleButton({ assignmentId, userId, label }: { assignmentId: string; userId: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        aria-label={`Fjern rollen ${label}`}
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(`Fjerne rollen ${label}?`)) return;
            const result = await revokeRoleAction({ assignmentId, userId });
            setError(result.ok ? null : result.message);
          })
        }
      >
        Fjern
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
