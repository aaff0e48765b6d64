// Anchoring calendars show three months back and six ahead unless asked for the whole of it;
// this says which, with a link to the other view. Used by the cooperation's and the
// municipality's calendars. A server component in the request's language (felleskomponent).
import Link from 'next/link';
import { Paragraph } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import { langAttr } from './language/lang-attr';

export function CalendarWindowNote({ hidden, whole, wholeHref, windowHref }: { hidden: number; whole: boolean; wholeHref: string; windowHref: string }) {
  const t = useTranslations('felleskomponent');
  const lang = langAttr(useLocale());
  if (hidden > 0) {
    return (
      <Paragraph data-size="sm" lang={lang}>
        {t('calendarHidden', { hidden })} <Link href={wholeHref}>{t('calendarWhole')}</Link>
      </Paragraph>
    );
  }
  return whole ? (
    <Paragraph data-size="sm" lang={lang}>
      <Link href={windowHref}>{t('calendarWindow')}</Link>
    </Paragraph>
  ) : null;
}
