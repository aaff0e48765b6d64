// The accessibility statement (tilgjengelighetserklæring), laid out as Digdir's template for
// uustatus asks: who it covers and when it was made, the standard, how we test, the status of
// each WCAG 2.1 criterion, the known deviations, how to report a problem, and where to
// complain. Public, in the visitor's language. The contact address comes from
// ACCESSIBILITY_CONTACT_EMAIL (README), the operator from BROBYGGER_ORGANISATION.
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { dateOfIso } from '@/lib/pure/i18n/formats';
import { DEFAULT_ACCESSIBILITY_CONTACT, STATEMENT_CREATED, STATEMENT_UPDATED } from './_components/criteria';
import { CriteriaTable } from './_components/criteria-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tilgjengelighet');
  return { title: t('title') };
}

export default async function AccessibilityPage() {
  const [t, format] = await Promise.all([getTranslations('tilgjengelighet'), getFormatter()]);
  const email = process.env.ACCESSIBILITY_CONTACT_EMAIL?.trim() || DEFAULT_ACCESSIBILITY_CONTACT;
  const organisation = process.env.BROBYGGER_ORGANISATION?.trim();
  const date = (iso: string) => format.dateTime(dateOfIso(iso), 'date');
  return (
    <article className="mx-auto max-w-4xl">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="mt-4">{t('intro')}</Paragraph>
      {organisation ? <Paragraph className="mt-2">{t('organisation', { organisation })}</Paragraph> : null}
      <Paragraph className="mt-2" data-testid="erklaering-dato">
        {t('dates', { created: date(STATEMENT_CREATED), updated: date(STATEMENT_UPDATED) })}
      </Paragraph>

      <Heading level={2} data-size="sm" className="mt-8">
        {t('standardHeading')}
      </Heading>
      <Paragraph className="mt-2">{t('standard')}</Paragraph>

      <Heading level={2} data-size="sm" className="mt-8">
        {t('testingHeading')}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('testAxe')}</li>
        <li>{t('testKeyboard')}</li>
        <li>{t('testReflow')}</li>
        <li>{t('testDesign')}</li>
      </ul>

      <Heading level={2} data-size="sm" className="mt-8">
        {t('deviationsHeading')}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('deviationParts')}</li>
        <li>{t('deviationSession')}</li>
        <li>{t('deviationPages')}</li>
        <li>{t('deviationAutomatic')}</li>
      </ul>

      <Heading level={2} data-size="sm" className="mt-8">
        {t('feedbackHeading')}
      </Heading>
      <Paragraph className="mt-2">{t.rich('feedback', { email, link: (chunks) => <a href={`mailto:${email}`}>{chunks}</a> })}</Paragraph>

      <Heading level={2} data-size="sm" className="mt-8">
        {t('complaintHeading')}
      </Heading>
      <Paragraph className="mt-2">{t.rich('complaint', { link: (chunks) => <a href="https://www.uutilsynet.no/">{chunks}</a> })}</Paragraph>

      <Heading level={2} id="status-tittel" data-size="sm" className="mt-8">
        {t('statusHeading')}
      </Heading>
      <Paragraph className="mt-2">{t('statusIntro')}</Paragraph>
      <CriteriaTable />
    </article>
  );
}
