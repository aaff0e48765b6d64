'use client';
// Links the person to one account from the search results, then goes back to the phase page.
import { ActionButton } from '@/app/_components/feedback/action-button';
import type { LinkRole } from '@/lib/pure/domain/person-links';
import { linkPersonToUserAction } from '../actions';

export interface PersonRef {
  cooperationId: string;
  role: LinkRole;
  sponsorId: string | null;
  memberId: string | null;
  expectedLinkId: string | null;
}

export function PickUserButton({ person, userId, userName, back }: { person: PersonRef; userId: string; userName: string; back: string }) {
  return (
    <ActionButton
      wrapperClassName="flex flex-col items-start"
      variant="secondary"
      data-size="sm"
      aria-label={`Koble til ${userName}`}
      run={() => linkPersonToUserAction({ ...person, userId })}
      done={() => `Personen er koblet til kontoen til ${userName}.`}
      go={back}
    >
      Velg
    </ActionButton>
  );
}
