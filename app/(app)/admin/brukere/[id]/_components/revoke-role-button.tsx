'use client';
// Removes one role; the row goes with it, so the page itself confirms it.
import { useTransition } from 'react';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { revokeRoleAction } from '../../actions';

/** The button's words (brukere), with the placeholder {label}; `remove` is plain. */
export interface RevokeRoleWords {
  aria: string;
  confirm: string;
  done: string;
  remove: string;
}

export function RevokeRoleButton({ assignmentId, userId, label, words }: { assignmentId: string; userId: string; label: string; words: RevokeRoleWords }) {
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const error = feedback.entry?.feedback.ok === false ? feedback.entry.feedback.text : null;
  return (
    <div>
      <Button
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        aria-label={fillTemplate(words.aria, { label })}
        loading={pending}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(fillTemplate(words.confirm, { label }))) return;
            feedback.clear();
            const result = await revokeRoleAction({ assignmentId, userId });
            if (result.ok) feedback.successOnPage(fillTemplate(words.done, { label }));
            else feedback.error(result.message);
          })
        }
      >
        {words.remove}
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
