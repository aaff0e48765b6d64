'use client';
// A form's handle on the page's one outcome message (lib/client/feedback/store.ts): what it says now
// (null once someone else's message replaced it), and ways to say something new. Every
// submit clears the form's old message first, whether or not the browser-side checks pass.
import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useRouter } from 'next/navigation';
import { feedbackStore, pathOf, type Feedback, type FeedbackEntry } from '@/lib/client/feedback/store';

const subscribe = (listener: () => void) => feedbackStore.subscribe(listener);
const current = () => feedbackStore.current();
const none = () => null;

export interface FeedbackHandle {
  /** This form's message, while it is the newest on the page. */
  entry: FeedbackEntry | null;
  success(text: string): void;
  error(text: string, detail?: readonly string[]): void;
  clear(): void;
  /** Shows `text` on the page at `href` once the browser is there, and goes there. */
  successThenGo(text: string, href: string): void;
  /** For a form that goes away once it has done its job (a removed row): the page says it, at the top. */
  successOnPage(text: string): void;
  /** On the way to that page: keep the submit button busy, so nothing is sent twice. */
  going: boolean;
}

export function useFeedback(): FeedbackHandle {
  const owner = useId();
  const router = useRouter();
  const entry = useSyncExternalStore(subscribe, current, none);
  const [going, setGoing] = useState(false);
  // A form that goes away takes its message with it.
  useEffect(() => () => feedbackStore.clear(owner), [owner]);
  const show = useCallback((feedback: Feedback) => feedbackStore.show(owner, feedback), [owner]);
  const successThenGo = useCallback(
    (text: string, href: string) => {
      setGoing(true);
      feedbackStore.flash({ ok: true, text }, pathOf(href), window.location.pathname);
      router.push(href);
    },
    [router],
  );
  return useMemo(
    () => ({
      entry: entry?.owner === owner ? entry : null,
      success: (text: string) => show({ ok: true, text }),
      error: (text: string, detail?: readonly string[]) => show({ ok: false, text, ...(detail?.length ? { detail } : {}) }),
      clear: () => feedbackStore.clear(owner),
      successThenGo,
      successOnPage: (text: string) => feedbackStore.flash({ ok: true, text }, window.location.pathname, window.location.pathname),
      going,
    }),
    [entry, owner, show, successThenGo, going],
  );
}
