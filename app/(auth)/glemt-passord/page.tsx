// Forgot password: ask for a reset link. The page's words follow the request's language
// (namespace `passord`); the form gets its words as props.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ResetRequestForm } from './_components/reset-request-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('passord');
  return { title: t('forgotTitle') };
}

export default async function ForgotPasswordPage() {
  const [t, tr] = await Promise.all([getTranslations('passord'), getTranslations('avvisning.innlogging')]);
  return (
    <section className="bb-panel mx-auto max-w-lg" aria-labelledby="glemt-tittel">
      <Heading level={1} id="glemt-tittel" data-size="md">
        {t('forgotHeading')}
      </Heading>
      <Paragraph className="mt-3">{t('forgotIntro')}</Paragraph>
      <ResetRequestForm words={{ email: t('email'), send: t('send'), checkFields: tr('checkFields') }} />
      <Paragraph data-size="sm" className="mt-6">
        <Link href="/logg-inn">{t('back')}</Link>
      </Paragraph>
    </section>
  );
}
