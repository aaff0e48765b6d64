'use client';
// Opening a round on request and closing the open one. Closing asks for confirmation: it
// freezes the results, shuts out late answers and moves the cooperation on to beslutning.
// Both buttons leave their place once done (the open round replaces the first; the results
// page follows the second), so the confirmation is said by the page that comes next.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ConfirmDialog, useConfirmedStep } from '@/app/_components/confirm-dialog';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { closeRoundAction, openRoundAction } from '../actions';

export function OpenRoundForm({ cooperationId, rowVersion, due }: { cooperationId: string; rowVersion: number; due: boolean }) {
  const router = useRouter();
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
      feedback.successOnPage(`Evalueringsrunde ${res.data.number} er åpnet, og de inviterte kan svare.`);
      router.refresh();
    });
  return (
    <section aria-labelledby="ny-runde-tittel" className="bb-panel">
      <Heading level={2} id="ny-runde-tittel" data-size="xs">
        {due ? 'Start den planlagte evalueringen' : 'Start en evaluering på forespørsel'}
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        Samarbeidet går over i evaluering. Operativ leder, sponsorene med brukerkonto, representantene og rådmannsteamene i deltakerkommunene blir
        invitert til å svare.
      </Paragraph>
      <Textfield className="mt-3" label="Hvorfor evaluere nå? (valgfritt)" multiline rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button className="mt-3" onClick={open} loading={pending} disabled={pending}>
        Start evaluering
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="runde-resultat" />
    </section>
  );
}

export function CloseRoundButton({ cooperationId, roundId, number, answered, invited, rowVersion }: { cooperationId: string; roundId: string; number: number; answered: number; invited: number; rowVersion: number }) {
  const { dialog, pending, feedback, confirm } = useConfirmedStep(
    () => closeRoundAction({ roundId, expectedVersion: rowVersion }),
    (_closed, said) =>
      said.successThenGo(`Evalueringsrunde ${number} er lukket, og resultatene er låst. Neste steg er å beslutte hva som skjer med samarbeidet.`, `/samarbeid/${cooperationId}/evaluering/${roundId}`),
  );
  return (
    <div className="mt-4">
      <Button variant="secondary" onClick={() => dialog.current?.showModal()} aria-haspopup="dialog">
        Lukk runden og vis resultatene
      </Button>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="runde-resultat" />
      <ConfirmDialog
        dialogRef={dialog}
        titleId="lukk-runde-tittel"
        title={<>Lukke evalueringsrunde {number}?</>}
        confirm={{ label: 'Lukk runden', onClick: confirm, loading: pending || feedback.going, disabled: pending || feedback.going }}
        pending={pending}
      >
        {answered} av {invited} har sendt inn svar. De som ikke har svart, kan ikke svare etterpå. Resultatene låses slik de er nå, og samarbeidet går videre
        til beslutning.
      </ConfirmDialog>
    </div>
  );
}
