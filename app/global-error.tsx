'use client';
// Last resort when the root layout itself fails: plain HTML, no internals. The layout chose no
// language, so the browser's languages decide (lib/pure/i18n/error-texts.ts).
import Link from 'next/link';
import { useErrorTexts } from '@/lib/client/hooks/error-texts';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const { locale, texts } = useErrorTexts('browser');
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem', maxWidth: '40rem', margin: '0 auto' }}>
        <h1>{texts.title}</h1>
        <p>{texts.globalText}</p>
        {error.digest ? (
          <p>
            {texts.reference} {error.digest}
          </p>
        ) : null}
        <p>
          <Link href="/">{texts.home}</Link>
        </p>
      </body>
    </html>
  );
}
