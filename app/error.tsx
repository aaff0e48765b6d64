'use client';
// Shown when a page fails on the server or in the browser. Never shows the error itself:
// only Next's digest, which matches the server log line.
import { useEffect } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    document.title = 'Noe gikk galt – Brobygger';
  }, []);
  return (
    <div className="mx-auto max-w-2xl py-12" role="alert">
      <Heading level={1} data-size="lg">
        Noe gikk galt
      </Heading>
      <Paragraph className="mt-4">
        Vi klarte ikke å vise siden akkurat nå. Ingenting du har lagret er tapt. Prøv igjen, og ta kontakt med
        systemforvalteren hvis feilen fortsetter.
      </Paragraph>
      {error.digest ? (
        <Paragraph data-size="sm" className="bb-muted mt-2">
          Referanse: {error.digest}
        </Paragraph>
      ) : null}
      <Button className="mt-6" onClick={() => reset()}>
        Prøv igjen
      </Button>
    </div>
  );
}
