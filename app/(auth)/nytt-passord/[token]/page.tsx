// The page a reset or invitation link opens. The token is checked (not used up) when the page
// opens, and used up when the password is saved. The page is never cached, and it sends no
// Referer, so the token does not leak to other sites. Its words follow the request's language
// (namespace `passord`), and so does the bad-link text the server action refuses with (avvisning.aksjon).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { findValidToken } from '@/db/queries/tokens';
import { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';
import { TokenPasswordForm } from './_components/token-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('passord');
  return { title: t('chooseTitle'), referrer: 'no-referrer', robots: { index: false } };
}

export default async function TokenPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [holder, t, refusal] = await Promise.all([
    getDb().then((db) => findValidToken(db, token, new Date())),
    getTranslations('passord'),
    getTranslations('avvisning.aksjon'),
  ]);
  const invite = holder?.purpose === 'invite';
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <section className="bb-panel mx-auto max-w-lg" aria-labelledby="passord-tittel">
      <Heading level={1} id="passord-tittel" data-size="md">
        {invite ? t('inviteHeading') : t('resetHeading')}
      </Heading>
      {holder ? (
        <>
          <Paragraph className="mt-3">
            {t.rich(invite ? 'inviteIntro' : 'resetIntro', { email: holder.email, b: strong })}
          </Paragraph>
          <TokenPasswordForm
            token={token}
            email={holder.email}
            words={{
              newPassword: t('newPassword'),
              help: t('newPasswordHelp', { min: MIN_PASSWORD_LENGTH }),
              repeat: t('repeat'),
              save: t('save'),
            }}
          />
        </>
      ) : (
        <Alert data-color="warning" className="mt-4">
          <Paragraph>{refusal('badLink')}</Paragraph>
          <Paragraph className="mt-2">
            <Link href="/glemt-passord">{t('newLink')}</Link>
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
