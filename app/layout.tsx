// The frame of every page: <html lang> in the request's language (lib/server/i18n/request.ts), the
// skip link, header, main region and footer. No client component uses next-intl: server
// components hand them their words, so the translation runtime stays off the browser; the
// shared client components (save bar, pickers …) get theirs from SharedWordsProvider.
import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SkipLink } from '@digdir/designsystemet-react';
import './globals.css';
import { SiteHeader } from './_components/site-header';
import { SiteFooter } from './_components/site-footer';
import { FlashRegion } from './_components/feedback/flash-region';
import { SubmitFailureNotice } from './_components/feedback/submit-failure-notice';
import { ErrorWords } from './_components/error-words';
import { SharedWordsProvider } from './_components/language/shared-words';
import { sharedWordsOf } from './_components/language/shared-words-of';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { SITE_ICONS } from '@/lib/pure/site-icons';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('felles');
  return {
    title: { default: 'Brobygger', template: '%s – Brobygger' },
    description: t('description'),
    applicationName: 'Brobygger',
    icons: SITE_ICONS,
  };
}

export const viewport: Viewport = { themeColor: '#1e2b3c' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('felles')]);
  return (
    <html lang={locale} data-color-scheme="light" data-size="md">
      <body>
        {/* The shared client components' words (save bar, pickers, table hint …); bokmål pages need none. */}
        <SharedWordsProvider words={locale === 'nb' ? null : sharedWordsOf(CATALOGUES[locale], locale)}>
          <SkipLink href="#hovedinnhold">{t('skipLink')}</SkipLink>
          <SiteHeader />
          <main id="hovedinnhold" tabIndex={-1} className="bb-container flex-1 py-8 outline-none">
            <FlashRegion />
            {children}
          </main>
          <SiteFooter />
          <SubmitFailureNotice text={CATALOGUES[locale].felleskomponent.klient.saveFailed} />
          <ErrorWords />
        </SharedWordsProvider>
      </body>
    </html>
  );
}
