'use client';
// The client half of the one save convention: send the form with the version it was loaded
// with; after a save, reset to what is stored now (with the new version); on a conflict,
// keep the user's input in the form and hold the newer values until the user chooses.
// Outcomes go through the page's one message (useFeedback): each submit clears the old one.
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ActionResult, SaveConflict } from '@/lib/pure/action-result';
import { applyFieldErrors } from '@/lib/client/forms';
import { useFeedback } from '../feedback/use-feedback';
import { useSharedWords } from '../language/shared-words';
import { FIX_FIELDS_MESSAGE } from './edit-notice';

/** What every section save answers (lib/server/actions/section-save.ts SectionSaved). */
export interface SavedSection<FV> {
  version: number;
  changed: number;
  values: FV;
}

// The bokmål messages (in the page's language they come from useSharedWords('skjema')).
export const NOTHING_CHANGED_MESSAGE = 'Ingen endringer å lagre.';
export const KEPT_MINE_MESSAGE = 'Skjemaet viser nå de nyeste verdiene, med endringene dine der du har skrevet noe. Se over og lagre igjen.';
export const TOOK_THEIRS_MESSAGE = 'Skjemaet viser nå de nyeste verdiene. Endringene dine er forkastet.';

/** Its bokmål words (skjema in nb.json), when no page language is provided. */
export const SECTION_SAVE_WORDS = {
  nothingChanged: NOTHING_CHANGED_MESSAGE,
  keptMine: KEPT_MINE_MESSAGE,
  tookTheirs: TOOK_THEIRS_MESSAGE,
  fixFields: FIX_FIELDS_MESSAGE,
};

export interface SectionSaveOptions<I extends FieldValues, FV, S extends SavedSection<FV>, O = I> {
  // O: the form's output type (its resolver's), which differs per form; the hook only resets and sets errors.
  form: UseFormReturn<I, unknown, O>;
  save: (values: unknown) => Promise<ActionResult<S>>;
  /** The form's values for what the server returned: after a save, or the newer values of a conflict. */
  toValues: (stored: FV, version: number) => I;
  /** The confirmation after a save that changed something. */
  savedText: (saved: S) => string;
  /** Keeps whatever else the form shows from what is stored (names, confirmations). */
  onStored?: (stored: FV) => void;
  /** After a save that went through (e.g. to refresh what the page shows beside the form). */
  onSaved?: (saved: S) => void;
}

export function useSectionSave<I extends FieldValues, FV, S extends SavedSection<FV>, O = I>({ form, save, toValues, savedText, onStored, onSaved }: SectionSaveOptions<I, FV, S, O>) {
  const feedback = useFeedback();
  const { words } = useSharedWords('skjema', SECTION_SAVE_WORDS);
  const [conflict, setConflict] = useState<{ data: SaveConflict; text: string } | null>(null);

  const submit = async (values: unknown) => {
    feedback.clear();
    const result = await save(values);
    if (result.ok) {
      setConflict(null);
      onStored?.(result.data.values);
      form.reset(toValues(result.data.values, result.data.version));
      feedback.success(result.data.changed === 0 ? words.nothingChanged : savedText(result.data));
      onSaved?.(result.data);
      return;
    }
    if (result.code === 'conflict' && result.conflict) {
      setConflict({ data: result.conflict, text: result.message });
      return;
    }
    applyFieldErrors(result, form.setError);
    feedback.error(result.message);
  };

  const newer = () => {
    if (!conflict) return null;
    const stored = conflict.data.values as FV; // the same form's own server answered with them
    onStored?.(stored);
    setConflict(null);
    return toValues(stored, conflict.data.version);
  };

  return {
    message: feedback.entry,
    conflict,
    submit,
    /** The browser's own checks refused the form: say so where the save button is. */
    invalid(text: string = words.fixFields) {
      feedback.error(text);
    },
    /** The newer values where the user has not typed, the user's own input where they have. */
    keepMine() {
      const values = newer();
      if (!values) return;
      form.reset(values, { keepDirtyValues: true });
      feedback.success(words.keptMine);
    },
    takeTheirs() {
      const values = newer();
      if (!values) return;
      form.reset(values);
      feedback.success(words.tookTheirs);
    },
  };
}
