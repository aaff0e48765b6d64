'use client';
// Says, at the top of the page (the flash region), that a save got no answer: a form's handler
// threw instead of returning the action's result (lib/client/feedback/submit-failure.ts). The
// message replaces any other outcome on the page, as every outcome does, and the form keeps what
// was typed. Rendered once, by the root layout, which hands it the words in the page's language
// (a prop, so the text is not in every route's JavaScript).
import { useEffect } from 'react';
import { feedbackStore } from '@/lib/client/feedback/store';
import { onSubmitFailure } from '@/lib/client/feedback/submit-failure';

export function SubmitFailureNotice({ text }: { text: string }) {
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
