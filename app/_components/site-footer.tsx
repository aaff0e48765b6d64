// The footer of every page: what Brobygger is, the public pages (the accessibility statement
// among them, as the regulation expects on every page), and whom to ask.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('bunn');
  return (
    <footer className="bb-no-print mt-12 bg-[#1e2b3c] text-white">
      <div className="bb-container grid gap-6 py-8 md:grid-cols-3">
        <div>
          <p className="text-lg font-semibold">Brobygger</p>
          <p className="mt-1 text-sm text-[#d5dde8]">{t('about')}</p>
        </div>
        <nav aria-label={t('menu')} className="text-sm">
          <ul className="space-y-2">
            <li>
              <Link className="text-white underline" href="/innsyn">
                {t('innsyn')}
              </Link>
            </li>
            <li>
              <Link className="text-white underline" href="/om">
                {t('om')}
              </Link>
            </li>
            <li>
              <Link className="text-white underline" href="/om/slik-regnes-det-ut">
                {t('calculation')}
              </Link>
            </li>
            <li>
              <Link className="text-white underline" href="/tilgjengelighet">
                {t('accessibility')}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-[#d5dde8]">{t('contact')}</p>
      </div>
    </footer>
  );
}
