'use client';
// Links the person to one account from the search results, then goes back to the phase page.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { LinkRole } from '@/lib/domain/person-links';
import { linkPersonToUserAction } from '../actions';

export interface PersonRef {
  cooperationId: string;
  role: LinkRole;
  sponsorId: string | null;
  memberId: string | null;
  expectedLinkId: string | null;
}

export function PickUserButton({ person, userId, userName, back }: { person: PersonRef; userId: string; userName: string; back: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="secondary"
        data-size="sm"
        aria-label={`Koble til ${userName}`}
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await linkPersonToUserAction({ ...person, userId });
            if (!result.ok) {
              setError(result.message);
              return;
            }
            router.push(back);
          })
        }
      >
        Velg
      </Button>
      {error ? <ValidationMessage role="alert">{error}</ValidationMessage> : null}
    </div>
  );
}
