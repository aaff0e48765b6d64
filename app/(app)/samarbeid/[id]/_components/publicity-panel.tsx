'use client';
// Whether the cooperation is shown in the public register (/innsyn), and changing it: a
// direct change in drift, asked for with a confirmation since it decides what citizens see.
// Its words come from the page; the confirmation after a change from the action.
import Link from 'next/link';
import { useRef, useState, useTransition } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { savePublicityAction } from '../publicity-actions';

export interface PublicityWords {
  heading: string;
  draft: string;
  public: string;
  hidden: string;
  seePublic: string;
  show: string;
  hide: string;
  showTitle: string;
  hideTitle: string;
  showConfirm: string;
  hideConfirm: string;
  showBody: string;
  hideBody: string;
}

export interface PublicityPanelProps {
  words: PublicityWords;
  cooperationId: string;
  isPublic: boolean;
  version: number;
  /** Drafts are never shown, whatever the flag says. */
  draft: boolean;
  /** The user may change it now (cooperation.edit, and the state allows it). */
  mayChange: boolean;
}

export function PublicityPanel({ cooperationId, isPublic: initialPublic, version: initialVersion, draft, mayChange, words }: PublicityPanelProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [current, setCurrent] = useState({ isPublic: initialPublic, version: initialVersion });
  const feedback = useFeedback();
  const next = !current.isPublic;

  const confirm = () =>
    startTransition(async () => {
      feedback.clear();
      const res = await savePublicityAction({ cooperationId, version: current.version, isPublic: next });
      dialog.current?.close();
      if (res.ok) {
        setCurrent({ isPublic: res.data.values.isPublic, version: res.data.version });
        // The action revalidated the page: its response brought the page as it is now.
        feedback.success(res.data.message);
        return;
      }
      if (res.code === 'conflict' && res.conflict) {
        // Someone changed it first: show what it is now, and let the user decide again.
        const values = res.conflict.values as { isPublic: boolean };
        setCurrent({ isPublic: values.isPublic, version: res.conflict.version });
      }
      feedback.error(res.message);
    });

  return (
    <section aria-labelledby="innsyn-tittel" className="bb-panel" data-testid="offentlighet">
      <Heading level={2} id="innsyn-tittel" data-size="xs">
        <SectionTitle id="samarbeid.offentlighet">{words.heading}</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2" data-testid="offentlig-status">
        {draft ? words.draft : current.isPublic ? words.public : words.hidden}{' '}
        {!draft && current.isPublic ? <Link href={`/innsyn/samarbeid/${cooperationId}`}>{words.seePublic}</Link> : null}
      </Paragraph>
      <FeedbackMessage entry={feedback.entry} className="mt-3" />
      {mayChange ? (
        <>
          <Button variant="secondary" data-size="sm" className="mt-3" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
            {next ? words.show : words.hide}
          </Button>
          <ConfirmDialog
            dialogRef={dialog}
            titleId="innsyn-bekreft-tittel"
            title={next ? words.showTitle : words.hideTitle}
            confirm={{ label: next ? words.showConfirm : words.hideConfirm, onClick: confirm, loading: pending, disabled: pending }}
            pending={pending}
          >
            {next ? words.showBody : words.hideBody}
          </ConfirmDialog>
        </>
      ) : null}
    </section>
  );
}
