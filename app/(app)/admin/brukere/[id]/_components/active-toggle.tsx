'use client';
// Deactivates or reactivates a user account, and says which it did.
import { useTransition } from 'react';
import { Button, Tag } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { setUserActiveAction } from '../../actions';

export function ActiveToggle({ userId, active, self }: { userId: string; active: boolean; self: boolean }) {
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  return (
    <div className="flex flex-col items-end gap-2">
      <Tag data-color={active ? 'success' : 'neutral'}>{active ? 'Aktiv bruker' : 'Deaktivert'}</Tag>
      {self ? null : (
        <Button
          variant="secondary"
          data-size="sm"
          loading={pending}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              feedback.clear();
              const result = await setUserActiveAction({ userId, active: !active });
              if (result.ok) feedback.success(active ? 'Brukeren er deaktivert og logget ut overalt.' : 'Brukeren er aktivert igjen og kan logge inn.');
              else feedback.error(result.message);
            })
          }
        >
          {active ? 'Deaktiver bruker' : 'Aktiver bruker'}
        </Button>
      )}
      <FeedbackMessage entry={feedback.entry} />
    </div>
  );
}
