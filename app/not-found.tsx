// 404 for every address that does not exist (and for notFound() in a page), in the
// visitor's language.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export default function NotFound() {
  const t = useTranslations('ikkeFunnet');
  // Translated wherever it shows, also inside a page the main region marks as bokmål.
  const lang = useLocale();
  return (
    <div className="mx-auto max-w-2xl py-12" lang={lang}>
      <p className="bb-muted font-semibold">{t('code')}</p>
      <Heading level={1} data-size="lg" className="mt-2">
        {t('title')}
      </Heading>
      <Paragraph className="mt-4">{t('text')}</Paragraph>
      <Paragraph className="mt-4">
        <Link href="/">{t('home')}</Link>
      </Paragraph>
    </div>
  );
}
