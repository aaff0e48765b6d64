'use client';
// One user's local roles in the municipality: give a role they lack, or remove one.
import { useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { LocalRole } from '@/lib/pure/domain/person-links';
import { grantMunicipalityRoleAction, revokeMunicipalityRoleAction } from '../actions';

/** Removing a role: messages with the placeholders {label} and {user}. */
export interface RevokeLocalWords {
  aria: string;
  confirm: string;
  done: string;
  remove: string;
}

/** Giving a role: messages with {user} (and {label} in `done`), and the roles' names. */
export interface GrantLocalWords {
  label: string;
  aria: string;
  done: string;
  grant: string;
  roles: Record<LocalRole, string>;
}

export function RevokeLocalRole({
  kommunenummer,
  assignmentId,
  label,
  userName,
  words,
}: {
  kommunenummer: string;
  assignmentId: string;
  label: string;
  userName: string;
  words: RevokeLocalWords;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const error = feedback.entry?.feedback.ok === false ? feedback.entry.feedback.text : null;
  return (
    <span className="inline-flex flex-col">
      <Button
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        aria-label={fillTemplate(words.aria, { label, user: userName })}
        loading={pending}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(fillTemplate(words.confirm, { label, user: userName }))) return;
            feedback.clear();
            const result = await revokeMunicipalityRoleAction({ kommunenummer, assignmentId });
            if (!result.ok) return feedback.error(result.message);
            feedback.successOnPage(fillTemplate(words.done, { label, user: userName }));
            router.refresh();
          })
        }
      >
        {words.remove}
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}

export function GrantLocalRole({
  kommunenummer,
  userId,
  userName,
  missing,
  words,
}: {
  kommunenummer: string;
  userId: string;
  userName: string;
  missing: LocalRole[];
  words: GrantLocalWords;
}) {
  const router = useRouter();
  const id = useId();
  const [role, setRole] = useState<LocalRole | ''>(missing[0] ?? '');
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const error = feedback.entry?.feedback.ok === false ? feedback.entry.feedback.text : null;
  if (missing.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="ds-sr-only">
        {fillTemplate(words.label, { user: userName })}
      </label>
      <select id={id} className="ds-input" data-size="sm" value={role} onChange={(e) => setRole(e.target.value as LocalRole)}>
        {missing.map((r) => (
          <option key={r} value={r}>
            {words.roles[r]}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        data-size="sm"
        aria-label={fillTemplate(words.aria, { user: userName })}
        loading={pending}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!role) return;
            feedback.clear();
            const result = await grantMunicipalityRoleAction({ kommunenummer, userId, role });
            if (!result.ok) return feedback.error(result.message);
            feedback.successOnPage(fillTemplate(words.done, { user: userName, label: words.roles[role] }));
            router.refresh();
          })
        }
      >
        {words.grant}
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
