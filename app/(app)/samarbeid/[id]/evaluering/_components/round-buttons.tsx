'use client';
// Opening a round on request and closing the open one. Closing asks for confirmation: it
// freezes the results, shuts out late answers and moves the cooperation on to beslutning.
// Both buttons leave their place once done (the open round replaces the first; the results
// page follows the second), so the confirmation is said by the page that comes next.
import { useState, useTransition } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ConfirmDialog, useConfirmedStep } from '@/app/_components/confirm-dialog';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { closeRoundAction, openRoundAction } from '../actions';

/** The words of the form that opens a round (`opened` keeps its {number} placeholder). */
export interface OpenRoundWords {
  opened: string;
  title: string;
  text: string;
  why: string;
  start: string;
}

/** The words of the close button, formatted on the server. */
export interface CloseRoundWords {
  closed: string;
  close: string;
  title: string;
  confirm: string;
  text: string;
}

export function OpenRoundForm({ cooperationId, rowVersion, words }: { cooperationId: string; rowVersion: number; words: OpenRoundWords }) {
  const [pending, startTransition] = useTransition();
  const [comment, setComment] = useState('');
  const feedback = useFeedback();
  const open = () =>
    startTransition(async () => {
      feedback.clear();
      const res = await openRoundAction({ cooperationId, expectedVersion: rowVersion, comment: comment || undefined });
      if (!res.ok) {
        feedback.error(res.message, res.fieldErrors?.missing);
        return;
      }
      feedback.successOnPage(fillTemplate(words.opened, { number: res.data.number }));
    });
  return (
    <section aria-labelledby="ny-runde-tittel" className="bb-panel">
      <Heading level={2} id="ny-runde-tittel" data-size="xs">
        {words.title}
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {words.text}
      </Paragraph>
      <Textfield className="mt-3" label={words.why} multiline rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button className="mt-3" onClick={open} loading={pending} disabled={pending}>
        {words.start}
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="runde-resultat" />
    </section>
  );
}

export function CloseRoundButton({ cooperationId, roundId, rowVersion, words }: { cooperationId: string; roundId: string; rowVersion: number; words: CloseRoundWords }) {
  const { dialog, pending, feedback, confirm } = useConfirmedStep(
    () => closeRoundAction({ roundId, expectedVersion: rowVersion }),
    (_closed, said) =>
      said.successThenGo(words.closed, `/samarbeid/${cooperationId}/evaluering/${roundId}`),
  );
  return (
    <div className="mt-4">
      <Button variant="secondary" onClick={() => dialog.current?.showModal()} aria-haspopup="dialog">
        {words.close}
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="runde-resultat" />
      <ConfirmDialog
        dialogRef={dialog}
        titleId="lukk-runde-tittel"
        title={words.title}
        confirm={{ label: words.confirm, onClick: confirm, loading: pending || feedback.going, disabled: pending || feedback.going }}
        pending={pending}
      >
        {words.text}
      </ConfirmDialog>
    </div>
  );
}
