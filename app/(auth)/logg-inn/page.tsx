// Sign in: the municipality's identity providers (when configured) and e-mail and password.
// The page's words follow the request's language (namespace `innlogging`); the forms are
// client components and get theirs as props, so no translation runtime goes to the browser.
// Refusals from next-auth's codes (lib/pure/validation/sign-in.ts) are worded with the words of
// `avvisning.innlogging`; the form gets them too, for the refusals it words in the browser.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { currentUser } from '@/lib/server/auth/session';
import { DEFAULT_OIDC_LABEL, ssoButtons } from '@/lib/server/auth/sso-config';
import { isSsoError, safeCallbackUrl, signInErrorMessage, signInRefusalWords } from '@/lib/pure/validation/sign-in';
import { SignInForm } from './_components/sign-in-form';
import { SsoButtons } from './_components/sso-buttons';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('innlogging');
  return { title: t('title') };
}

const STEPS = ['establish', 'followUp', 'evaluate'] as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const [t, tr] = await Promise.all([getTranslations('innlogging'), getTranslations('avvisning.innlogging')]);
  const refusals = signInRefusalWords(tr);
  // A provider without a configured name (OIDC_NAME) gets the default name in the visitor's language.
  const sso = ssoButtons().map((p) => ({ id: p.id, text: t('ssoButton', { name: p.label === DEFAULT_OIDC_LABEL ? t('ssoDefaultName') : p.label }) }));
  const ssoError = isSsoError(params.error) ? signInErrorMessage(params.error, refusals) : null;
  return (
    <div className="mx-auto grid max-w-5xl items-start gap-10 md:grid-cols-[1fr_26rem]">
      <section className="hidden md:block">
        <Heading level={1} data-size="lg">
          {t('welcome')}
        </Heading>
        <Paragraph className="mt-4">{t('intro')}</Paragraph>
        <ul className="mt-6 space-y-3">
          {STEPS.map((step) => (
            <li key={step} className="bb-panel">
              <strong>{t('stepTitle', { title: t(`${step}Title`) })}</strong> {t(`${step}Text`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="bb-panel" aria-labelledby="logg-inn-tittel">
        <Heading level={2} id="logg-inn-tittel" data-size="md">
          {t('title')}
        </Heading>
        {params.utlogget ? (
          <Alert data-color="success" className="mt-4">
            {params.utlogget === 'alle' ? t('loggedOutAll') : t('loggedOut')}
          </Alert>
        ) : null}
        {params.passord === 'valgt' ? (
          <Alert data-color="success" className="mt-4">
            {t('passwordSaved')}
          </Alert>
        ) : null}
        {ssoError ? (
          <Alert data-color="danger" className="mt-4" data-testid="sso-feil">
            {ssoError}
          </Alert>
        ) : null}
        {sso.length > 0 ? (
          <>
            <Paragraph data-size="sm" className="mt-4">
              {t('ssoIntro')}
            </Paragraph>
            <SsoButtons providers={sso} callbackUrl={callbackUrl} />
            <p className="bb-muted mt-6 flex items-center gap-3 text-sm" aria-hidden="true">
              <span className="h-px flex-1 bg-current opacity-40" />
              {t('or')}
              <span className="h-px flex-1 bg-current opacity-40" />
            </p>
            <Heading level={3} data-size="2xs" className="mt-2">
              {t('withPassword')}
            </Heading>
          </>
        ) : null}
        <SignInForm
          callbackUrl={callbackUrl}
          initialError={ssoError ? null : signInErrorMessage(params.error, refusals)}
          refusals={refusals}
          words={{ email: t('email'), password: t('password'), submit: t('submit') }}
        />
        <Paragraph data-size="sm" className="mt-4">
          <Link href="/glemt-passord">{t('forgot')}</Link>
        </Paragraph>
        <Paragraph data-size="sm" className="bb-muted mt-4">
          {t('noAccount')}
        </Paragraph>
      </section>
    </div>
  );
}
