'use client';
// Removing a decision recorded by mistake; anchoring it created and nobody has logged goes with it.
import { ActionButton } from '@/app/_components/feedback/action-button';
import { removeBodyDecisionAction } from '../actions';

export function RemoveDecisionButton({ cooperationId, decisionId, title }: { cooperationId: string; decisionId: string; title: string }) {
  return (
    <ActionButton
      wrapperClassName="inline-flex flex-col items-end"
      variant="tertiary"
      data-size="sm"
      data-color="danger"
      aria-label={`Fjern vedtaket «${title}»`}
      confirm={`Fjerne vedtaket «${title}»? Gjør dette bare når det er registrert ved en feil.`}
      run={() => removeBodyDecisionAction({ cooperationId, decisionId })}
      done={() => `Vedtaket «${title}» er fjernet.`}
    >
      Fjern
    </ActionButton>
  );
}
