'use client';
// Removes one role; the row goes with it, so the page itself confirms it.
import { useTransition } from 'react';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { revokeRoleAction } from '../../actions';

export function RevokeRoleButton({ assignmentId, userId, label }: { assignmentId: string; userId: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const error = feedback.entry?.feedback.ok === false ? feedback.entry.feedback.text : null;
  return (
    <div>
      <Button
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        aria-label={`Fjern rollen ${label}`}
        loading={pending}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(`Fjerne rollen ${label}?`)) return;
            feedback.clear();
            const result = await revokeRoleAction({ assignmentId, userId });
            if (result.ok) feedback.successOnPage(`Rollen ${label} er fjernet.`);
            else feedback.error(result.message);
          })
        }
      >
        Fjern
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
