// The page a reset or invitation link opens. The token is checked (not used up) when the page
// opens, and used up when the password is saved. The page is never cached, and it sends no
// Referer, so the token does not leak to other sites.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { findValidToken } from '@/db/queries/tokens';
import { PASSWORD_MESSAGES_DONE } from '@/lib/server/actions/password';
import { TokenPasswordForm } from './_components/token-password-form';

export const metadata: Metadata = { title: 'Velg passord', referrer: 'no-referrer', robots: { index: false } };

export default async function TokenPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await findValidToken(await getDb(), token, new Date());
  const invite = holder?.purpose === 'invite';
  return (
    <section className="bb-panel mx-auto max-w-lg" aria-labelledby="passord-tittel">
      <Heading level={1} id="passord-tittel" data-size="md">
        {invite ? 'Velkommen til Brobygger' : 'Velg nytt passord'}
      </Heading>
      {holder ? (
        <>
          <Paragraph className="mt-3">
            {invite ? 'Velg passordet du skal logge inn med' : 'Velg et nytt passord'} for <strong>{holder.email}</strong>. Når passordet er lagret, blir du
            logget ut overalt og kan logge inn med det nye.
          </Paragraph>
          <TokenPasswordForm token={token} email={holder.email} />
        </>
      ) : (
        <Alert data-color="warning" className="mt-4">
          <Paragraph>{PASSWORD_MESSAGES_DONE.badLink}</Paragraph>
          <Paragraph className="mt-2">
            <Link href="/glemt-passord">Be om en ny lenke</Link>
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
