'use client';
// Shown when a page fails on the server or in the browser. Never shows the error itself:
// only Next's digest, which matches the server log line. In the page's language (the root
// layout's <html lang>), from the small dictionary the error pages carry.
import { useEffect } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useErrorTexts } from '@/lib/client/hooks/error-texts';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale, texts } = useErrorTexts('page');
  useEffect(() => {
    document.title = `${texts.title} – Brobygger`;
  }, [texts.title]);
  // lang: the main region says bokmål on pages not yet translated; this text is translated.
  return (
    <div className="mx-auto max-w-2xl py-12" role="alert" lang={locale}>
      <Heading level={1} data-size="lg">
        {texts.title}
      </Heading>
      <Paragraph className="mt-4">{texts.text}</Paragraph>
      {error.digest ? (
        <Paragraph data-size="sm" className="bb-muted mt-2">
          {texts.reference} {error.digest}
        </Paragraph>
      ) : null}
      <Button className="mt-6" onClick={() => reset()}>
        {texts.retry}
      </Button>
    </div>
  );
}
