'use client';
// Invites one more person to the open round.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { addEvaluationInviteeAction } from '../invitee-actions';

export function AddInviteeButton({ roundId, userId, name }: { roundId: string; userId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <Button
        variant="secondary"
        data-size="sm"
        aria-label={`Inviter ${name} til runden`}
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await addEvaluationInviteeAction({ roundId, userId });
            setError(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          })
        }
      >
        Inviter
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}
