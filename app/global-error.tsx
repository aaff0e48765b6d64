'use client';
// Last resort when the root layout itself fails: plain HTML, no internals. The layout is what
// chooses the language, so the server knows none here: the page says it in bokmål, nynorsk and
// English, each part marked with its language (lib/pure/i18n/global-error-texts.ts), and in the
// browser it keeps only the language of the language cookie or the browser's own languages
// (globalErrorLanguage), when one of them is ours. No styling: every page ships this
// component, and the JavaScript budget is tight.
import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { GLOBAL_ERROR_REFERENCE, GLOBAL_ERROR_TEXTS, globalErrorLanguage } from '@/lib/pure/i18n/global-error-texts';
import type { Locale } from '@/lib/pure/i18n/locales';

const noSubscription = () => () => {};
const browserLanguage = (): Locale | null => globalErrorLanguage(document.cookie, navigator.languages ?? [navigator.language]);
const serverLanguage = (): Locale | null => null;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const chosen = useSyncExternalStore(noSubscription, browserLanguage, serverLanguage);
  const shown = chosen ? GLOBAL_ERROR_TEXTS.filter((t) => t.lang === chosen) : GLOBAL_ERROR_TEXTS;
  return (
    <html lang={chosen ?? 'nb'}>
      <body>
        {shown.map(({ lang, title, globalText, home }, i) => {
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
            {shown.length === 1 ? shown[0]!.reference : GLOBAL_ERROR_REFERENCE} {error.digest}
          </p>
        ) : null}
      </body>
    </html>
  );
}
