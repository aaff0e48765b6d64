'use client';
import Link from 'next/link';
// Last resort when the root layout itself fails: plain HTML, Norwegian, no internals.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nb">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem', maxWidth: '40rem', margin: '0 auto' }}>
        <h1>Noe gikk galt</h1>
        <p>Brobygger klarte ikke å vise siden. Prøv igjen om litt, eller kontakt systemforvalteren.</p>
        {error.digest ? <p>Referanse: {error.digest}</p> : null}
        <p>
          <Link href="/">Gå til forsiden</Link>
        </p>
      </body>
    </html>
  );
}
