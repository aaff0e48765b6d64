'use client';
// Last resort when the root layout itself fails: plain HTML, no internals. The layout is what
// chooses the language, so none is known here: the page says it in bokmål, nynorsk and
// English, each part marked with its language (lib/pure/i18n/global-error-texts.ts). No
// styling: every page ships this component, and the JavaScript budget is tight.
import Link from 'next/link';
import { GLOBAL_ERROR_REFERENCE, GLOBAL_ERROR_TEXTS } from '@/lib/pure/i18n/global-error-texts';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nb">
      <body>
        {GLOBAL_ERROR_TEXTS.map(({ lang, title, globalText, home }, i) => {
          const Title = i === 0 ? 'h1' : 'h2';
          return (
            <div key={lang} lang={lang}>
              <Title>{title}</Title>
              <p>{globalText}</p>
              <p>
                <Link href="/">{home}</Link>
              </p>
            </div>
          );
        })}
        {error.digest ? (
          <p>
            {GLOBAL_ERROR_REFERENCE} {error.digest}
          </p>
        ) : null}
      </body>
    </html>
  );
}
