'use client';
// «Fullfør avviklingen»: enabled only when the saved checklist is complete, otherwise it
// points at the list of what is missing. Asks for confirmation: the step is final.
import { useRouter } from 'next/navigation';
import { Button } from '@digdir/designsystemet-react';
import { ConfirmDialog, useConfirmedStep } from '@/app/_components/confirm-dialog';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { completeExitAction } from '../actions';

export function CompleteExit({ cooperationId, rowVersion, missing }: { cooperationId: string; rowVersion: number; missing: string[] }) {
  const router = useRouter();
  const { dialog, pending, feedback, confirm } = useConfirmedStep(
    () => completeExitAction({ cooperationId, expectedVersion: rowVersion }),
    (_done, said) => {
      said.successOnPage('Avviklingen er fullført. Samarbeidet er avviklet, og sjekklisten er låst.');
      router.refresh();
    },
  );
  const ready = missing.length === 0;
  return (
    <div className="mt-4">
      <Button onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" disabled={!ready} aria-describedby={ready ? undefined : 'avvikling-mangler'}>
        Fullfør avviklingen
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="avvikling-resultat" />
      <ConfirmDialog
        dialogRef={dialog}
        titleId="fullfor-tittel"
        title="Fullføre avviklingen?"
        confirm={{ label: 'Fullfør', onClick: confirm, loading: pending, disabled: pending, danger: true }}
        pending={pending}
      >
        Samarbeidet markeres som avviklet. Sjekklisten låses slik den er nå, og steget kan ikke angres.
      </ConfirmDialog>
    </div>
  );
}
