'use client';
// Invites one more person to the open round.
import { ActionButton } from '@/app/_components/feedback/action-button';
import { addEvaluationInviteeAction } from '../invitee-actions';

export function AddInviteeButton({ roundId, userId, name }: { roundId: string; userId: string; name: string }) {
  return (
    <ActionButton
      variant="secondary"
      data-size="sm"
      aria-label={`Inviter ${name} til runden`}
      run={() => addEvaluationInviteeAction({ roundId, userId })}
      done={() => `${name} er invitert til evalueringsrunden.`}
    >
      Inviter
    </ActionButton>
  );
}
