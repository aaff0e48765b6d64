import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

/**
 * The 403 page's content (app/forbidden.tsx) in the visitor's language, also inside a page
 * whose main region says bokmål. `reason` is the refusing page's own explanation, when it has
 * one, in the visitor's language; `reasonInBokmaal` marks one that could only be shown in bokmål.
 */
export function NoAccess({ reason, reasonInBokmaal = false }: { reason?: string | null; reasonInBokmaal?: boolean }) {
  const t = useTranslations('feilside');
  const lang = useLocale();
  return (
    <div className="mx-auto max-w-2xl py-12" lang={lang}>
      <p className="bb-muted font-semibold">{t('forbiddenCode')}</p>
      <Heading level={1} data-size="lg" className="mt-2">
        {t('forbiddenHeading')}
      </Heading>
      {reason ? (
        <Paragraph className="mt-4" data-testid="tilgang-grunn" lang={reasonInBokmaal ? 'nb' : undefined}>
          {reason}
        </Paragraph>
      ) : (
        <Paragraph className="mt-4">{t('forbiddenText')}</Paragraph>
      )}
      <Paragraph className="mt-4">
        <Link href="/oversikt">{t('forbiddenOverview')}</Link>
      </Paragraph>
    </div>
  );
}
