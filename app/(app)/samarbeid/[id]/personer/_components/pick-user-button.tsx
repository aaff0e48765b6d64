'use client';
// Links the person to one account from the search results, then goes back to the phase page.
import { ActionButton } from '@/app/_components/feedback/action-button';
import type { LinkRole } from '@/lib/pure/domain/person-links';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { linkPersonToUserAction } from '../actions';

export interface PersonRef {
  cooperationId: string;
  role: LinkRole;
  sponsorId: string | null;
  memberId: string | null;
  expectedLinkId: string | null;
}

export function PickUserButton({ person, userId, userName, back, words }: { person: PersonRef; userId: string; userName: string; back: string; words: Messages['personer']['velg'] }) {
  return (
    <ActionButton
      wrapperClassName="flex flex-col items-start"
      variant="secondary"
      data-size="sm"
      aria-label={fillTemplate(words.label, { name: userName })}
      run={() => linkPersonToUserAction({ ...person, userId })}
      done={() => fillTemplate(words.done, { name: userName })}
      go={back}
    >
      {words.button}
    </ActionButton>
  );
}
