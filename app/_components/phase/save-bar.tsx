'use client';
// The bottom of every phase form: save button, result message, and the unsaved-changes guard.
// The bar is sticky, so the outcome of a save shows up beside the button that was pressed.
import { useUnsavedChanges } from '@/lib/client/hooks/use-unsaved-changes';
import type { FeedbackEntry } from '@/lib/client/feedback/store';
import { FeedbackMessage } from '../feedback/feedback-message';
import { SubmitButton } from '../submit-button';
import { useSharedWords } from '../language/shared-words';
import { langAttr } from '../language/lang-attr';

/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const SAVE_BAR_WORDS = { save: 'Lagre', unsaved: 'Du har endringer som ikke er lagret.' };

export function SaveBar({ dirty, submitting, message, disabled, label }: { dirty: boolean; submitting: boolean; message: FeedbackEntry | null; disabled?: boolean; label?: string }) {
  const shared = useSharedWords('skjema', SAVE_BAR_WORDS);
  const words = shared.words;
  const lang = langAttr(shared.lang);
  useUnsavedChanges(dirty && !submitting);
  return (
    <div className="sticky bottom-0 z-10 -mx-2 mt-6 flex flex-wrap items-center gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)] px-2 py-3">
      <SubmitButton pending={submitting} disabled={disabled} lang={label === undefined ? lang : undefined}>
        {label ?? words.save}
      </SubmitButton>
      {dirty && !submitting ? <span className="bb-muted text-sm" lang={lang}>{words.unsaved}</span> : null}
      <FeedbackMessage entry={message} className="flex-1" />
    </div>
  );
}
