'use client';
// «Fullfør avviklingen»: enabled only when the saved checklist is complete, otherwise it
// points at the list of what is missing. Asks for confirmation: the step is final.
import { useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { completeExitAction } from '../actions';

export function CompleteExit({ cooperationId, rowVersion, missing }: { cooperationId: string; rowVersion: number; missing: string[] }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<{ text: string; missing?: string[] } | null>(null);
  const complete = () =>
    startTransition(async () => {
      const res = await completeExitAction({ cooperationId, expectedVersion: rowVersion });
      dialog.current?.close();
      if (!res.ok) {
        setRefusal({ text: res.message, missing: res.fieldErrors?.missing });
        return;
      }
      setRefusal(null);
      router.refresh();
    });
  const ready = missing.length === 0;
  return (
    <div className="mt-4">
      <Button onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" disabled={!ready} aria-describedby={ready ? undefined : 'avvikling-mangler'}>
        Fullfør avviklingen
      </Button>
      {refusal ? (
        <Alert data-color="danger" role="alert" className="mt-3" data-testid="avvikling-resultat">
          {refusal.text}
          {refusal.missing?.length ? (
            <ul className="mt-2 list-disc pl-5">
              {refusal.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
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
