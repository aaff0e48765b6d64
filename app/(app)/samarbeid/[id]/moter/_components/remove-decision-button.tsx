'use client';
// Removing a decision recorded by mistake; anchoring it created and nobody has logged goes with it.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { removeBodyDecisionAction } from '../actions';

export function RemoveDecisionButton({ cooperationId, decisionId, title }: { cooperationId: string; decisionId: string; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end">
      <Button
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        loading={pending}
        aria-label={`Fjern vedtaket «${title}»`}
        onClick={() => {
          if (!window.confirm(`Fjerne vedtaket «${title}»? Gjør dette bare når det er registrert ved en feil.`)) return;
          start(async () => {
            const result = await removeBodyDecisionAction({ cooperationId, decisionId });
            if (result.ok) router.refresh();
            setError(result.ok ? null : result.message);
          });
        }}
      >
        Fjern
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}
