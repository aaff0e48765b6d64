'use client';
// Removing a decision recorded by mistake; anchoring it created and nobody has logged goes with it.
import { ActionButton } from '@/app/_components/feedback/action-button';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { removeBodyDecisionAction } from '../actions';

export function RemoveDecisionButton({ cooperationId, decisionId, title, words }: { cooperationId: string; decisionId: string; title: string; words: Messages['moter']['fjern'] }) {
  return (
    <ActionButton
      wrapperClassName="inline-flex flex-col items-end"
      variant="tertiary"
      data-size="sm"
      data-color="danger"
      aria-label={fillTemplate(words.label, { title })}
      confirm={fillTemplate(words.confirm, { title })}
      run={() => removeBodyDecisionAction({ cooperationId, decisionId })}
      done={() => fillTemplate(words.done, { title })}
    >
      {words.button}
    </ActionButton>
  );
}
