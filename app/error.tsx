'use client';
// Shown when a page fails on the server or in the browser. Never shows the error itself:
// only Next's digest, which matches the server log line. In the page's language: the root
// layout leaves the words in the page (app/_components/error-words.tsx); bokmål otherwise.
// Plain elements with Designsystemet's classes (what its Heading and Paragraph render):
// every page ships this component, and the JavaScript budget is tight.
import { useEffect, useSyncExternalStore } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { ERROR_WORDS_ID, errorTexts } from '@/lib/pure/i18n/error-texts';

const noSubscription = () => () => {};
// An element's dataset is always the same object, as useSyncExternalStore needs.
const wordsInPage = () => document.getElementById(ERROR_WORDS_ID)?.dataset ?? null;
const noWords = () => null;

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang, texts } = errorTexts(useSyncExternalStore(noSubscription, wordsInPage, noWords));
  useEffect(() => {
    document.title = `${texts.title} – Brobygger`;
  }, [texts.title]);
  // lang: the main region says bokmål on pages not yet translated; these words follow the page.
  return (
    <div className="mx-auto max-w-2xl py-12" role="alert" lang={lang}>
      <h1 className="ds-heading" data-size="lg">
        {texts.title}
      </h1>
      <p className="ds-paragraph mt-4">{texts.text}</p>
      {error.digest ? (
        <p className="ds-paragraph bb-muted mt-2" data-size="sm">
          {texts.reference} {error.digest}
        </p>
      ) : null}
      <Button className="mt-6" onClick={() => reset()}>
        {texts.retry}
      </Button>
    </div>
  );
}
