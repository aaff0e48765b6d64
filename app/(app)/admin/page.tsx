// The administration overview: where an administrator lands. The figures that need attention
// (accounts without a role, drafts, the last election) with a link to where each is handled,
// all counted in SQL (db/queries/admin-overview.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { adminOverview } from '@/db/queries/admin-overview';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { formatDate, formatPopulation } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../_components/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

export default async function AdminPage() {
  const user = await requireUser('/admin');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  const o = await adminOverview(await getDb());
  const [t, locale] = await Promise.all([getTranslations('admin'), getLocale()]);
  // Counts: plain digits where the bokmål text always had them (n), grouped where it had toLocaleString (num).
  const num = (n: number) => formatPopulation(n, locale);
  const last = o.lastElection;
  const cards = [
    {
      href: '/admin/brukere',
      title: t('usersTitle'),
      text: t('usersText', { count: o.users.total, n: String(o.users.total), deactivated: num(o.users.deactivated) }),
      attention: o.users.withoutRole > 0 ? t('usersAttention', { count: o.users.withoutRole, n: String(o.users.withoutRole) }) : null,
    },
    {
      href: '/samarbeid',
      title: t('cooperationsTitle'),
      text: t('cooperationsText', { inWork: num(o.cooperations.inWork), drafts: num(o.cooperations.drafts), ended: num(o.cooperations.ended) }),
      attention: null,
    },
    { href: '/admin/kommuner', title: t('municipalitiesTitle'), text: t('municipalitiesText', { count: num(o.municipalities) }), attention: null },
    {
      href: '/admin/valg',
      title: t('electionsTitle'),
      text: last
        ? t(last.kind === 'ekstraordinaert' ? 'electionLastExtraordinary' : 'electionLast', { date: formatDate(last.electionDate, locale) })
        : t('electionNone'),
      attention: null,
    },
    { href: '/admin/revisjonslogg', title: t('auditTitle'), text: t('auditText'), attention: null },
    { href: '/admin/diagnostikk', title: t('diagnosticsTitle'), text: t('diagnosticsText'), attention: null },
  ];
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} lead={t('lead', { count: o.cooperations.total, n: String(o.cooperations.total) })} />
      <ul className="grid gap-4 md:grid-cols-2" data-testid="admin-oversikt">
        {cards.map((c) => (
          <li key={c.href} className="bb-panel">
            <Heading level={2} data-size="xs">
              <Link href={c.href}>{c.title}</Link>
            </Heading>
            <Paragraph data-size="sm" className="mt-2">
              {c.text}
            </Paragraph>
            {c.attention ? (
              <Paragraph data-size="sm" className="mt-2 font-semibold">
                {c.attention}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
