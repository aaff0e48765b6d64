'use client';
// «Fullfør avviklingen»: enabled only when the saved checklist is complete, otherwise it
// points at the list of what is missing. Asks for confirmation: the step is final.
import { useRef, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { completeExitAction } from '../actions';

export function CompleteExit({ cooperationId, rowVersion, missing }: { cooperationId: string; rowVersion: number; missing: string[] }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const complete = () =>
    startTransition(async () => {
      feedback.clear();
      const res = await completeExitAction({ cooperationId, expectedVersion: rowVersion });
      dialog.current?.close();
      if (!res.ok) {
        feedback.error(res.message, res.fieldErrors?.missing);
        return;
      }
      feedback.successOnPage('Avviklingen er fullført. Samarbeidet er avviklet, og sjekklisten er låst.');
      router.refresh();
    });
  const ready = missing.length === 0;
  return (
    <div className="mt-4">
      <Button onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" disabled={!ready} aria-describedby={ready ? undefined : 'avvikling-mangler'}>
        Fullfør avviklingen
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="avvikling-resultat" />
      <Dialog ref={dialog} closeButton="Avbryt og lukk vinduet" aria-labelledby="fullfor-tittel">
        <Dialog.Block>
          <Heading level={2} id="fullfor-tittel" data-size="xs">
            Fullføre avviklingen?
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph data-size="sm">Samarbeidet markeres som avviklet. Sjekklisten låses slik den er nå, og steget kan ikke angres.</Paragraph>
          <div className="mt-4 flex flex-wrap gap-3">
            <Button data-color="danger" onClick={complete} loading={pending} disabled={pending}>
              Fullfør
            </Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()} disabled={pending}>
              Avbryt
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </div>
  );
}
