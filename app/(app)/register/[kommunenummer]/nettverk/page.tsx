// The partner network of the signed-in user's own municipality with its non-public
// cooperations included. Who may see it is decided by can(): the same right as the
// municipality's full register (register.read).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { nationalFragmentation, networkOf } from '@/db/queries/network';
import { can } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { fragmentation } from '@/lib/pure/domain/partner-network';
import { fragmentationView, networkQuery, networkView } from '@/lib/pure/network/view';
import { FragmentationSection } from '@/app/_components/network/fragmentation-section';
import { NetworkFilters, NetworkGraphSection, PartnerTable, type NetworkLinks } from '@/app/_components/network/network-section';
import { PageHeader } from '../../../../_components/page-header';

type Params = Promise<{ kommunenummer: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registerside'))('nettverk.metaTitle') };
}

export default async function InternalNetworkPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kommunenummer } = await params;
  const user = await requireUser(`/register/${kommunenummer}/nettverk`);
  if (!/^\d{4}$/.test(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  if (!can(user, 'register.read', { kind: 'municipality', kommunenummer })) forbid();
  const [network, all, t, locale] = await Promise.all([networkOf(db, kommunenummer, 'all'), nationalFragmentation(db), getTranslations('registerside'), getLocale()]);
  const view = networkView(network.cooperations, network.names, kommunenummer, networkQuery.parse(await searchParams));
  const name = `${municipality.name} kommune`;
  const hidden = network.cooperations.filter((c) => !c.isPublic).length;
  const links: NetworkLinks = {
    self: `/register/${kommunenummer}/nettverk`,
    cooperation: (id) => `/samarbeid/${id}`,
    municipality: (k) => `/innsyn/kommune/${k}/nettverk`,
  };
  return (
    <div lang={locale}>
      <PageHeader
        title={t('nettverk.title', { name })}
        crumbs={[{ href: `/register/${kommunenummer}`, label: t('titleFor', { name }) }]}
        lead={t('nettverk.lead', { name, hidden, total: network.cooperations.length })}
      >
        <Link href={`/innsyn/kommune/${kommunenummer}/nettverk`} className="ds-button" data-variant="secondary">
          {t('nettverk.public')}
        </Link>
      </PageHeader>
      <NetworkFilters view={view} links={links} />
      <NetworkGraphSection view={view} name={name} />
      <PartnerTable view={view} name={name} links={links} />
      <FragmentationSection
        name={name}
        f={fragmentationView(network.cooperations.filter((c) => c.isPublic), kommunenummer, all)}
        withAll={fragmentation(network.cooperations, kommunenummer)}
      />
      <Paragraph data-size="sm" className="bb-muted max-w-3xl">
        {t('nettverk.footer')}
      </Paragraph>
    </div>
  );
}
