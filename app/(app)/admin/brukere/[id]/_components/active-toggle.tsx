'use client';
// Deactivates or reactivates a user account, and says which it did.
import { useTransition } from 'react';
import { Button, Tag } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { setUserActiveAction } from '../../actions';

/** The toggle's words, from the catalogue (brukere). */
export interface ActiveToggleWords {
  activeUser: string;
  deactivated: string;
  deactivatedDone: string;
  activatedDone: string;
  deactivate: string;
  activate: string;
}

export function ActiveToggle({ userId, active, self, words }: { userId: string; active: boolean; self: boolean; words: ActiveToggleWords }) {
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  return (
    <div className="flex flex-col items-end gap-2">
      <Tag data-color={active ? 'success' : 'neutral'}>{active ? words.activeUser : words.deactivated}</Tag>
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
              if (result.ok) feedback.success(active ? words.deactivatedDone : words.activatedDone);
              else feedback.error(result.message);
            })
          }
        >
          {active ? words.deactivate : words.activate}
        </Button>
      )}
      <FeedbackMessage entry={feedback.entry} />
    </div>
  );
}
