'use client';
// One user's local roles in the municipality: give a role they lack, or remove one.
import { useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { ROLE_LABELS } from '@/lib/pure/auth/roles';
import type { LocalRole } from '@/lib/pure/domain/person-links';
import { grantMunicipalityRoleAction, revokeMunicipalityRoleAction } from '../actions';

export function RevokeLocalRole({ kommunenummer, assignmentId, label, userName }: { kommunenummer: string; assignmentId: string; label: string; userName: string }) {
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
        aria-label={`Fjern rollen ${label} for ${userName}`}
        loading={pending}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(`Fjerne rollen ${label} for ${userName}?`)) return;
            feedback.clear();
            const result = await revokeMunicipalityRoleAction({ kommunenummer, assignmentId });
            if (!result.ok) return feedback.error(result.message);
            feedback.successOnPage(`${userName} har ikke lenger rollen ${label}.`);
            router.refresh();
          })
        }
      >
        Fjern
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}

export function GrantLocalRole({ kommunenummer, userId, userName, missing }: { kommunenummer: string; userId: string; userName: string; missing: LocalRole[] }) {
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
        Rolle å gi {userName}
      </label>
      <select id={id} className="ds-input" data-size="sm" value={role} onChange={(e) => setRole(e.target.value as LocalRole)}>
        {missing.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        data-size="sm"
        aria-label={`Gi ${userName} rollen`}
        loading={pending}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!role) return;
            feedback.clear();
            const result = await grantMunicipalityRoleAction({ kommunenummer, userId, role });
            if (!result.ok) return feedback.error(result.message);
            feedback.successOnPage(`${userName} har fått rollen ${ROLE_LABELS[role]}.`);
            router.refresh();
          })
        }
      >
        Gi rolle
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
