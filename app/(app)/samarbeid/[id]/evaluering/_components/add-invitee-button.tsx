'use client';
// Invites one more person to the open round.
import { ActionButton } from '@/app/_components/feedback/action-button';
import { addEvaluationInviteeAction } from '../invitee-actions';

/** The words, formatted on the server in the page's language. */
export interface AddInviteeWords {
  invite: string;
  label: string;
  done: string;
}

export function AddInviteeButton({ roundId, userId, words }: { roundId: string; userId: string; words: AddInviteeWords }) {
  return (
    <ActionButton
      variant="secondary"
      data-size="sm"
      aria-label={words.label}
      run={() => addEvaluationInviteeAction({ roundId, userId })}
      done={() => words.done}
    >
      {words.invite}
    </ActionButton>
  );
}
