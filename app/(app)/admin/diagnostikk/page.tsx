import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { appliedMigrations, getDbHandle } from '@/db/client';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { ConsistencyCheck } from './_components/consistency-check';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.diagnostikk');
  return { title: t('title') };
}

export default async function DiagnosticsPage() {
  const user = await requireUser('/admin/diagnostikk');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  const { db, kind } = await getDbHandle();
  const migrations = await appliedMigrations(db);
  const [t, ta, locale] = await Promise.all([getTranslations('admin.diagnostikk'), getTranslations('admin'), getLocale()]);
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/admin', label: ta('title') }]} lead={t('lead')} />
      <div className="grid gap-6 md:grid-cols-2">
        <section className="bb-panel" aria-labelledby="database">
          <Heading level={2} id="database" data-size="xs">
            {t('database')}
          </Heading>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t('type')}</dt>
            <dd>{kind === 'pglite' ? t('pglite') : t('postgres')}</dd>
            <dt className="font-semibold">{t('migrations')}</dt>
            <dd>{migrations}</dd>
          </dl>
        </section>
        <section className="bb-panel md:col-span-2" aria-labelledby="konsistens">
          <Heading level={2} id="konsistens" data-size="xs">
            {t('lifecycleHeading')}
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            {t('lifecycleText')}
          </Paragraph>
          <ConsistencyCheck words={{ check: t('check'), allOk: t.raw('allOk') as string, someWrong: t.raw('someWrong') as string, rowOk: t.raw('rowOk') as string }} />
        </section>
        <section className="bb-panel" aria-labelledby="feilside">
          <Heading level={2} id="feilside" data-size="xs">
            {t('errorHeading')}
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            {t('errorText')}
          </Paragraph>
          <Paragraph className="mt-3">
            <Link href="/admin/diagnostikk/testfeil">{t('errorLink')}</Link>
          </Paragraph>
        </section>
      </div>
    </div>
  );
}
