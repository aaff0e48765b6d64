'use client';
// Withdraws a membership proposal before the members have decided on it. The proposal's row
// goes with it, so the page itself confirms it.
import { useTransition } from 'react';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { withdrawChangeAction } from '../actions';

export function WithdrawChange({ cooperationId, changeId, label, words }: { cooperationId: string; changeId: string; label: string; words: Messages['deltakere']['trekk'] }) {
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const error = feedback.entry?.feedback.ok === false ? feedback.entry.feedback.text : null;
  return (
    <span className="inline-flex flex-col">
      <Button
        variant="tertiary"
        data-size="sm"
        loading={pending}
        disabled={pending}
        aria-label={fillTemplate(words.label, { label })}
        onClick={() =>
          startTransition(async () => {
            feedback.clear();
            const result = await withdrawChangeAction({ cooperationId, changeId });
            if (result.ok) feedback.successOnPage(fillTemplate(words.done, { label }));
            else feedback.error(result.message);
          })
        }
      >
        {words.button}
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}
