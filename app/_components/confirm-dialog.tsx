'use client';
// The confirmation before a step that cannot simply be taken back (closing an evaluation round,
// completing a winding-down, sending in answers, changing what the public register shows): a
// modal dialog named by its question, what the step does, the step's button and «Avbryt», which
// stays usable until the step is under way. useConfirmedStep runs a lifecycle step from such a
// dialog: the dialog closes when the server has answered, and a refusal lists what is missing.
import { useRef, useTransition, type ReactNode, type RefObject } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ActionResult } from '@/lib/pure/action-result';
import { useFeedback, type FeedbackHandle } from './feedback/use-feedback';
import { useSharedWords } from './language/shared-words';
import { langAttr } from './language/lang-attr';

export interface ConfirmDialogProps {
  /** The dialog element: the opener calls showModal() on it. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** The question, and its id, which names the dialog. */
  title: ReactNode;
  titleId: string;
  /** What the step does, said above the buttons. */
  children: ReactNode;
  confirm: {
    label: string;
    onClick: () => void;
    /** Shown as working. */
    loading: boolean;
    disabled: boolean;
    /** Red, for a step that is final. */
    danger?: boolean;
  };
  /** True while the step runs: «Avbryt» waits for it. */
  pending: boolean;
}

/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const CONFIRM_DIALOG_WORDS = { cancel: 'Avbryt', cancelClose: 'Avbryt og lukk vinduet' };

export function ConfirmDialog({ dialogRef, title, titleId, children, confirm, pending }: ConfirmDialogProps) {
  const shared = useSharedWords('skjema', CONFIRM_DIALOG_WORDS);
  return (
    <Dialog ref={dialogRef} closeButton={shared.words.cancelClose} aria-labelledby={titleId}>
      <Dialog.Block>
        <Heading level={2} id={titleId} data-size="xs">
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph data-size="sm">{children}</Paragraph>
        <div className="mt-4 flex flex-wrap gap-3">
          <Button data-color={confirm.danger ? 'danger' : undefined} onClick={confirm.onClick} loading={confirm.loading} disabled={confirm.disabled}>
            {confirm.label}
          </Button>
          <Button variant="secondary" onClick={() => dialogRef.current?.close()} disabled={pending} lang={langAttr(shared.lang)}>
            {shared.words.cancel}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}

/**
 * A step confirmed in a ConfirmDialog: `run` calls the server action; on success `done` says
 * so through the feedback it is given, and moves on. A refusal is shown with its list of what
 * is missing, as the lifecycle steps return it.
 */
export function useConfirmedStep<T>(run: () => Promise<ActionResult<T>>, done: (data: T, feedback: FeedbackHandle) => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const confirm = () =>
    startTransition(async () => {
      feedback.clear();
      const res = await run();
      dialog.current?.close();
      if (!res.ok) {
        feedback.error(res.message, res.fieldErrors?.missing);
        return;
      }
      done(res.data, feedback);
    });
  return { dialog, pending, feedback, confirm };
}
