'use client';
// Says, at the top of the page (the flash region), that a save got no answer: a form's handler
// threw instead of returning the action's result (lib/client/feedback/submit-failure.ts). The
// message replaces any other outcome on the page, as every outcome does, and the form keeps what
// was typed. Rendered once, by the root layout.
import { useEffect } from 'react';
import { feedbackStore } from '@/lib/client/feedback/store';
import { onSubmitFailure } from '@/lib/client/feedback/submit-failure';
import { useSharedWords } from '../language/shared-words';

export const SUBMIT_FAILURE_WORDS = {
  saveFailed: 'Vi fikk ikke svar da du lagret. Sjekk nettforbindelsen og prøv igjen: det du skrev, står fortsatt i skjemaet. Last inn siden på nytt hvis du vil se om endringen kom med.',
};

export function SubmitFailureNotice() {
  const { words } = useSharedWords('felles', SUBMIT_FAILURE_WORDS);
  const text = words.saveFailed;
  useEffect(
    () =>
      onSubmitFailure((error) => {
        console.error('[skjema] lagringen fikk ikke svar:', error);
        const here = window.location.pathname;
        feedbackStore.flash({ ok: false, text }, here, here);
      }),
    [text],
  );
  return null;
}
