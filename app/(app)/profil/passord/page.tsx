import type { Metadata } from 'next';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { liveSessionCount } from '@/db/queries/sessions';
import { CHANGE_PASSWORD_PATH, requireUser } from '@/lib/server/auth/session';
import { PageHeader } from '../../../_components/page-header';
import { ChangePasswordForm } from './_components/change-password-form';
import { LogOutEverywhere } from './_components/log-out-everywhere';

export const metadata: Metadata = { title: 'Passord og innlogging' };

export default async function PasswordPage() {
  const user = await requireUser(CHANGE_PASSWORD_PATH);
  const sessions = await liveSessionCount(await getDb(), user.id);
  return (
    <>
      <PageHeader title="Passord og innlogging" crumbs={[{ href: '/profil', label: 'Min profil' }]} lead="Bytt passord, og logg ut på enheter du ikke bruker lenger." />
      <div className="grid max-w-5xl gap-8 lg:grid-cols-[3fr_2fr]">
        <section className="bb-panel space-y-4" aria-labelledby="bytt-passord">
          <Heading level={2} id="bytt-passord" data-size="sm">
            Bytt passord
          </Heading>
          {user.mustChangePassword ? (
            <Alert data-color="warning">
              Passordet ditt ble valgt av en administrator. Velg ditt eget passord før du fortsetter – det er bare du som skal kjenne det.
            </Alert>
          ) : null}
          <ChangePasswordForm afterChange={user.mustChangePassword ? '/oversikt' : null} />
        </section>
        <section className="bb-panel space-y-4" aria-labelledby="okter">
          <Heading level={2} id="okter" data-size="sm">
            Innlogginger
          </Heading>
          <Paragraph>
            Du er logget inn på {sessions === 1 ? 'én enhet' : `${sessions} enheter`}. En innlogging varer i høyst åtte timer. Når du bytter passord,
            blir du logget ut på alle andre enheter.
          </Paragraph>
          <LogOutEverywhere />
        </section>
      </div>
    </>
  );
}
