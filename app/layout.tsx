import type { Metadata, Viewport } from 'next';
import { SkipLink } from '@digdir/designsystemet-react';
import './globals.css';
import { SiteHeader } from './_components/site-header';
import { SiteFooter } from './_components/site-footer';
import { FlashRegion } from './_components/feedback/flash-region';
import { SITE_ICONS } from '@/lib/pure/site-icons';

export const metadata: Metadata = {
  title: { default: 'Brobygger', template: '%s – Brobygger' },
  description: 'Brobygger hjelper kommuner å etablere, følge opp og evaluere interkommunale samarbeid.',
  applicationName: 'Brobygger',
  icons: SITE_ICONS,
};

export const viewport: Viewport = { themeColor: '#1e2b3c' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb" data-color-scheme="light" data-size="md">
      <body>
        <SkipLink href="#hovedinnhold">Hopp til hovedinnhold</SkipLink>
        <SiteHeader />
        <main id="hovedinnhold" tabIndex={-1} className="bb-container flex-1 py-8 outline-none">
          <FlashRegion />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
