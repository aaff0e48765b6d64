'use client';
// «Fullfør avviklingen»: enabled only when the saved checklist is complete, otherwise it
// points at the list of what is missing. Asks for confirmation: the step is final.
import { Button } from '@digdir/designsystemet-react';
import { ConfirmDialog, useConfirmedStep } from '@/app/_components/confirm-dialog';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { completeExitAction } from '../actions';

export function CompleteExit({ cooperationId, rowVersion, missing,
  words,
}: {
  cooperationId: string;
  rowVersion: number;
  missing: string[];
  /** Catalogue `avvikling.fullfor` in the page's language. */
  words: Messages['avvikling']['fullfor'];
}) {
  const { dialog, pending, feedback, confirm } = useConfirmedStep(
    () => completeExitAction({ cooperationId, expectedVersion: rowVersion }),
    (_done, said) => {
      // The action revalidated the page; its response brought it with the exit completed.
      said.successOnPage(words.done);
    },
  );
  const ready = missing.length === 0;
  return (
    <div className="mt-4">
      <Button onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" disabled={!ready} aria-describedby={ready ? undefined : 'avvikling-mangler'}>
        {words.button}
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="avvikling-resultat" />
      <ConfirmDialog
        dialogRef={dialog}
        titleId="fullfor-tittel"
        title={words.title}
        confirm={{ label: words.confirm, onClick: confirm, loading: pending, disabled: pending, danger: true }}
        pending={pending}
      >
        {words.explain}
      </ConfirmDialog>
    </div>
  );
}
