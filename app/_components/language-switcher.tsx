'use client';
// The language switcher in the header: one plain link per language to /sprak/<code>, which
// sets the cookie and comes back to this page (path and query), so it works without
// JavaScript. Each language is named in itself and marked with its lang. A client component
// only to know the current address after navigations that keep the header.
import { Suspense } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '@/lib/pure/i18n/locales';

interface Props {
  current: Locale;
  /** «Språk», in the page's language: the name of this navigation. */
  label: string;
}

function Links({ current, label, withQuery }: Props & { withQuery: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="text-sm" data-testid="sprakvelger">
      <ul className="flex gap-3">
        {LOCALES.map((code) => (
          <li key={code}>
            {code === current ? (
              <span lang={code} aria-current="true" className="font-semibold">
                {LANGUAGE_NAMES[code]}
              </span>
            ) : withQuery ? (
              <LinkWithQuery code={code} pathname={pathname} />
            ) : (
              <a href={`/sprak/${code}?til=${encodeURIComponent(pathname)}`} lang={code} hrefLang={code}>
                {LANGUAGE_NAMES[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LinkWithQuery({ code, pathname }: { code: Locale; pathname: string }) {
  const query = useSearchParams().toString();
  const back = query ? `${pathname}?${query}` : pathname;
  return (
    <a href={`/sprak/${code}?til=${encodeURIComponent(back)}`} lang={code} hrefLang={code}>
      {LANGUAGE_NAMES[code]}
    </a>
  );
}

export function LanguageSwitcher(props: Props) {
  // Reading the query needs a Suspense boundary where a page is prerendered; the fallback
  // returns to the same path without it.
  return (
    <Suspense fallback={<Links {...props} withQuery={false} />}>
      <Links {...props} withQuery />
    </Suspense>
  );
}
