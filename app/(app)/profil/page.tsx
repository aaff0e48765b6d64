import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { calendarFeedToken } from '@/db/queries/calendar';
import { getUser, listRoleAssignments } from '@/db/queries/users';
import { requireUser } from '@/lib/server/auth/session';
import { feedSecret } from '@/lib/server/calendar/feed-token';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import { PageHeader } from '../../_components/page-header';
import { CalendarFeed, type CalendarFeedWords } from './_components/calendar-feed';
import { CalendarHelp } from './_components/calendar-help';
import { LanguageForm } from './_components/language-form';
import { LANGUAGE_NAMES, LOCALES } from '@/lib/pure/i18n/locales';

const FEED_WORDS = ['confirm', 'regenerated', 'address', 'addressDescription', 'copied', 'copy', 'open', 'hidden', 'regenerate', 'regenerateHelp'] as const satisfies readonly (keyof CalendarFeedWords)[];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profil');
  return { title: t('title') };
}

/** The address the browser used, for when NEXTAUTH_URL is not set. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  return `${h.get('x-forwarded-proto') ?? 'http'}://${host}`;
}

export default async function ProfilePage() {
  const user = await requireUser('/profil');
  const db = await getDb();
  const account = await getUser(db, user.id);
  const roles = (await listRoleAssignments(db, user.id)).filter((r) => r.revokedAt === null);
  const token = await calendarFeedToken(db, { userId: user.id, secret: feedSecret(), now: new Date() });
  const baseUrl = publicBaseUrl(await requestOrigin());
  const [t, tp, tr, locale] = await Promise.all([getTranslations('profilSprak'), getTranslations('profil'), getTranslations('brukere'), getLocale()]);
  const roleWhere = (r: (typeof roles)[number]) =>
    r.cooperationName
      ? r.municipalityName
        ? tp('roleInCooperationFor', { cooperation: r.cooperationName, municipality: r.municipalityName })
        : tp('roleInCooperation', { cooperation: r.cooperationName })
      : r.municipalityName
        ? tp('roleInMunicipality', { municipality: r.municipalityName })
        : null;
  return (
    <div lang={locale}>
      <PageHeader title={tp('title')} lead={tp('lead')} />
      <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
        <div className="space-y-6">
          <section className="bb-panel" aria-labelledby="om-deg">
            <Heading level={2} id="om-deg" data-size="xs">
              {tp('aboutHeading')}
            </Heading>
            <dl className="mt-3 space-y-2">
              <div>
                <dt className="bb-muted text-sm">{tp('name')}</dt>
                <dd className="font-semibold">{user.name}</dd>
              </div>
              {account?.title ? (
                <div>
                  <dt className="bb-muted text-sm">{tp('jobTitle')}</dt>
                  <dd>{account.title}</dd>
                </div>
              ) : null}
              <div>
                <dt className="bb-muted text-sm">{tp('email')}</dt>
                <dd>{user.email}</dd>
              </div>
            </dl>
            <Paragraph data-size="sm" className="mt-4">
              <Link href="/profil/passord">{tp('passwordLink')}</Link>
            </Paragraph>
          </section>
          <section className="bb-panel" aria-labelledby="sprak" id="sprak-innstilling" lang={locale}>
            <Heading level={2} id="sprak" data-size="xs">
              {t('heading')}
            </Heading>
            <Paragraph data-size="sm" className="mt-2">
              {t('intro')}
            </Paragraph>
            <div className="mt-3">
              <LanguageForm
                legend={t('legend')}
                options={[...LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code], lang: code })), { value: '', label: t('browser') }]}
                initial={account?.language ?? ''}
                submitLabel={t('save')}
                savedMessage={t('saved')}
              />
            </div>
          </section>
          <section className="bb-panel" aria-labelledby="dine-roller">
            <Heading level={2} id="dine-roller" data-size="xs">
              {tp('rolesHeading')}
            </Heading>
            {roles.length === 0 ? (
              <Paragraph className="mt-3">{tp('noRoles')}</Paragraph>
            ) : (
              <ul className="mt-3 space-y-3">
                {roles.map((r) => (
                  <li key={r.id}>
                    <strong>{tr(`rolle.${r.role}`)}</strong>
                    {roleWhere(r) ? <> {roleWhere(r)}</> : null}
                    <Paragraph data-size="sm" className="bb-muted">
                      {tr(`rolleBeskrivelse.${r.role}`)}
                    </Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section className="bb-panel space-y-4" aria-labelledby="kalender">
          <Heading level={2} id="kalender" data-size="sm">
            {tp('calendarHeading')}
          </Heading>
          <Paragraph>{tp('calendarIntro')}</Paragraph>
          <CalendarFeed
            baseUrl={baseUrl}
            token={token}
            words={Object.fromEntries(FEED_WORDS.map((k) => [k, tp(`feed.${k}`)])) as unknown as CalendarFeedWords}
          />
          <CalendarHelp />
        </section>
      </div>
    </div>
  );
}
