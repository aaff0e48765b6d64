// About Brobygger: why it exists, the research's four families of governance tools and the
// three requirements for legitimacy. Public, in the visitor's language (catalogue namespace `om`).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

const FAMILIES = ['innramming', 'design', 'stotte', 'deltakelse'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('om');
  return { title: t('title') };
}

export default async function AboutPage() {
  const t = await getTranslations('om');
  return (
    <article className="mx-auto max-w-3xl">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="mt-4">{t('intro')}</Paragraph>
      <Heading level={2} data-size="sm" className="mt-8">
        {t('familiesHeading')}
      </Heading>
      <Paragraph className="mt-2">{t('familiesIntro')}</Paragraph>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        {FAMILIES.map((family) => (
          <div key={family} className="bb-panel">
            <dt className="font-semibold">{t(`${family}Term`)}</dt>
            <dd className="mt-1">{t(`${family}Text`)}</dd>
          </div>
        ))}
      </dl>
      <Heading level={2} data-size="sm" className="mt-8">
        {t('legitimacyHeading')}
      </Heading>
      <Paragraph className="mt-2">{t('legitimacy')}</Paragraph>
      <Heading level={2} data-size="sm" className="mt-8">
        {t('sourcesHeading')}
      </Heading>
      <Paragraph className="mt-2">{t('sources')}</Paragraph>
    </article>
  );
}
