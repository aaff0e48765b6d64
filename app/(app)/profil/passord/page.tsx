import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { liveSessionCount } from '@/db/queries/sessions';
import { CHANGE_PASSWORD_PATH, requireUser } from '@/lib/server/auth/session';
import { PageHeader } from '../../../_components/page-header';
import { ChangePasswordForm } from './_components/change-password-form';
import { LogOutEverywhere } from './_components/log-out-everywhere';
import { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profil.passord');
  return { title: t('title') };
}

export default async function PasswordPage() {
  const user = await requireUser(CHANGE_PASSWORD_PATH);
  const sessions = await liveSessionCount(await getDb(), user.id);
  const [t, tp, locale] = await Promise.all([getTranslations('profil.passord'), getTranslations('profil'), getLocale()]);
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/profil', label: tp('title') }]} lead={t('lead')} />
      <div className="grid max-w-5xl gap-8 lg:grid-cols-[3fr_2fr]">
        <section className="bb-panel space-y-4" aria-labelledby="bytt-passord">
          <Heading level={2} id="bytt-passord" data-size="sm">
            {t('changeHeading')}
          </Heading>
          {user.mustChangePassword ? (
            <Alert data-color="warning">
              {t('chosenByAdmin')}
            </Alert>
          ) : null}
          <ChangePasswordForm
            afterChange={user.mustChangePassword ? '/oversikt' : null}
            words={{
              current: t('current'),
              new: t('new'),
              newDescription: t('newDescription', { min: MIN_PASSWORD_LENGTH }),
              repeat: t('repeat'),
              submit: t('submit'),
              done: t('done'),
              fixFields: t('fixFields'),
            }}
          />
        </section>
        <section className="bb-panel space-y-4" aria-labelledby="okter">
          <Heading level={2} id="okter" data-size="sm">
            {t('sessionsHeading')}
          </Heading>
          <Paragraph>{t('sessions', { count: sessions })}</Paragraph>
          <LogOutEverywhere words={{ confirm: t('logOutConfirm'), button: t('logOut') }} />
        </section>
      </div>
    </div>
  );
}
