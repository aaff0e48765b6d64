'use client';
// The page's main region. On a page not yet translated (lib/pure/i18n/translated-paths.ts) it is
// marked as bokmål when the chosen language is another, so assistive technology reads it
// right; a client component so the mark follows navigations that keep the layout.
import { usePathname } from 'next/navigation';
import { isTranslatedPath } from '@/lib/pure/i18n/translated-paths';
import type { Locale } from '@/lib/pure/i18n/locales';

export function MainRegion({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const pathname = usePathname();
  const lang = locale !== 'nb' && !isTranslatedPath(pathname) ? 'nb' : undefined;
  return (
    <main id="hovedinnhold" tabIndex={-1} lang={lang} className="bb-container flex-1 py-8 outline-none">
      {children}
    </main>
  );
}
