'use client';
// The steps this user may take now. Ready steps are buttons; steps that are not ready are
// listed with what is missing, in the reader's language. Refusals from the server (someone else
// was first, the role no longer allows it) are shown as specific messages, worded in the
// request's language by the action wrapper; the confirmation of a step comes from the action in
// the reader's language, the panel's own words from the page. The decision after an
// evaluation and the exit checklist have their own pages; this panel links to them.
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import type { OfferedStep } from '@/workflows/cooperation/offer';
import type { MissingItem } from '@/workflows/cooperation/missing';
import { takeStepAction } from '../actions';
import type { ChangeKind } from '@/lib/pure/validation/lifecycle';
import { ChangeRequestForm, type ChangeRequest, type ChangeRequestWords } from './change-request';

export interface LifecycleActionsWords {
  heading: string;
  decisionText: string;
  decisionLink: string;
  hiddenByRole: string;
  none: string;
  comment: string;
  /** With "{label}" for the step's name. */
  irreversible: string;
  missingOne: string;
  /** With "{count}" for the number of items (always more than one). */
  missingMany: string;
  exitBefore: string;
  exitLink: string;
  exitAfter: string;
  showAll: string;
  change: ChangeRequestWords;
}

interface Props {
  cooperationId: string;
  rowVersion: number;
  steps: OfferedStep[];
  hiddenByRole: boolean;
  /** The user may register the decision after the evaluation (on the evaluation page). */
  decisionForm: boolean;
  /** Opens the change proposal with this kind chosen (a link from a section that needs member decisions). */
  proposal?: ChangeKind;
  words: LifecycleActionsWords;
}

/** Between a phase's name and what is missing in it: punctuation, the same in every language. */
const COLON = ': ';

export function LifecycleActions({ cooperationId, rowVersion, steps, hiddenByRole, decisionForm, proposal, words }: Props) {
  const [pending, startTransition] = useTransition();
  const [comment, setComment] = useState('');
  const feedback = useFeedback();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | undefined>(undefined);
  const [changing, setChanging] = useState(proposal !== undefined && steps.some((s) => s.type === 'ENDRINGSFORSLAG' && s.ready));

  // Which step is being taken: only its button spins, every button waits.
  const [active, setActive] = useState<string | null>(null);
  const take = (step: OfferedStep, change?: ChangeRequest) => {
    setActive(step.type);
    startTransition(async () => {
      if (step.destructive && !window.confirm(words.irreversible.replace('{label}', step.label))) return;
      feedback.clear();
      const res = await takeStepAction({ cooperationId, type: step.type, comment: comment || undefined, expectedVersion: rowVersion, change });
      if (res.ok) {
        setComment('');
        setChanging(false);
        setFieldErrors(undefined);
        // No router.refresh(): the action revalidates this page, so its response already carries the
        // page as it is now (a refresh rendered it a second time).
        feedback.success(res.data.message);
      } else {
        setFieldErrors(res.fieldErrors);
        feedback.error(res.message, res.fieldErrors?.missing);
      }
    });
  };

  const ready = steps.filter((s) => s.ready);
  const blocked = steps.filter((s) => !s.ready);
  return (
    <section aria-labelledby="steg-tittel" className="bb-panel scroll-mt-4" id="neste-steg">
      <h2 id="steg-tittel" className="ds-heading" data-size="xs">
        {words.heading}
      </h2>
      <FeedbackMessage entry={feedback.entry} className="mt-3" testId="steg-resultat" />
      {decisionForm ? (
        <div className="mt-3 space-y-3" data-testid="beslutning-lenke">
          <p className="text-sm">{words.decisionText}</p>
          <Link href={`/samarbeid/${cooperationId}/evaluering#beslutning`} className="ds-button" data-variant="primary">
            {words.decisionLink}
          </Link>
        </div>
      ) : steps.length === 0 ? (
        <p className="mt-2 text-sm">
          {hiddenByRole ? words.hiddenByRole : words.none}
        </p>
      ) : null}
      {ready.length > 0 ? (
        <>
          <div className="mt-3">
            <Textfield label={words.comment} multiline rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="mt-3 flex flex-wrap gap-3">
            {ready.map((s) => (
              <Button
                key={s.type}
                variant={s.destructive || s.type === 'ENDRINGSFORSLAG' ? 'secondary' : 'primary'}
                data-color={s.destructive ? 'danger' : undefined}
                loading={pending && active === s.type}
                disabled={pending}
                aria-expanded={s.type === 'ENDRINGSFORSLAG' ? changing : undefined}
                onClick={() => (s.type === 'ENDRINGSFORSLAG' ? setChanging(true) : take(s))}
              >
                {s.label}
              </Button>
            ))}
          </div>
          {changing ? (
            <ChangeRequestForm
              words={words.change}
              pending={pending}
              errors={fieldErrors}
              initialKind={proposal}
              onCancel={() => setChanging(false)}
              onSubmit={(change) => take(ready.find((r) => r.type === 'ENDRINGSFORSLAG')!, change)}
            />
          ) : null}
        </>
      ) : null}
      {blocked.map((s) => (
        <div key={s.type} className="mt-4 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3" data-testid={`ikke-klar-${s.type}`}>
          <Button variant="secondary" disabled aria-describedby={`mangler-${s.type}`}>
            {s.label}
          </Button>
          <div id={`mangler-${s.type}`} className="mt-2 text-sm">
            <p className="font-semibold">{s.missing.length === 1 ? words.missingOne : words.missingMany.replace('{count}', String(s.missing.length))}</p>
            {s.type === 'AVVIKLING_FULLFORT' ? (
              <p className="mt-1">
                {words.exitBefore}
                <Link href={`/samarbeid/${cooperationId}/avvikling`}>{words.exitLink}</Link>
                {words.exitAfter}
              </p>
            ) : null}
            {s.missing.length > 6 ? (
              <details className="mt-1">
                <summary className="cursor-pointer">{words.showAll}</summary>
                <MissingList items={s.missingItems} />
              </details>
            ) : (
              <MissingList items={s.missingItems} />
            )}
          </div>
        </div>
      ))}
    </section>
  );
}

/**
 * The rules' sentences come in the reader's language (lib/pure/domain/missing-words.ts); one
 * that is still bokmål (translated: false) is marked so, after the phase's name.
 */
function MissingList({ items }: { items: MissingItem[] }) {
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5">
      {items.map((m) => (
        <li key={`${m.phase ?? ''}|${m.text}`}>
          {m.phase === null ? null : (
            <>
              {m.phase}
              {COLON}
            </>
          )}
          {m.translated ? m.text : <span lang="nb">{m.text}</span>}
        </li>
      ))}
    </ul>
  );
}
