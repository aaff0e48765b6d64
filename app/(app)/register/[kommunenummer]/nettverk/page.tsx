// The partner network of the signed-in user's own municipality with its non-public
// cooperations included. Who may see it is decided by can(): the same right as the
// municipality's full register (register.read).
import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Samarbeidsnettverk med alle samarbeid' };

export default async function InternalNetworkPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kommunenummer } = await params;
  const user = await requireUser(`/register/${kommunenummer}/nettverk`);
  if (!/^\d{4}$/.test(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  if (!can(user, 'register.read', { kind: 'municipality', kommunenummer })) forbid();
  const [network, all] = await Promise.all([networkOf(db, kommunenummer, 'all'), nationalFragmentation(db)]);
  const view = networkView(network.cooperations, network.names, kommunenummer, networkQuery.parse(await searchParams));
  const name = `${municipality.name} kommune`;
  const hidden = network.cooperations.filter((c) => !c.isPublic).length;
  const links: NetworkLinks = {
    self: `/register/${kommunenummer}/nettverk`,
    cooperation: (id) => `/samarbeid/${id}`,
    municipality: (k) => `/innsyn/kommune/${k}/nettverk`,
  };
  return (
    <>
      <PageHeader
        title={`Samarbeidsnettverket til ${name}`}
        crumbs={[{ href: `/register/${kommunenummer}`, label: `Samarbeidsregister for ${name}` }]}
        lead={`Alle samarbeid ${name} er med i og som er i gang, også de som ikke er offentlige (${hidden} av ${network.cooperations.length}). Bare du og andre med tilgang til kommunens register ser denne versjonen.`}
      >
        <Link href={`/innsyn/kommune/${kommunenummer}/nettverk`} className="ds-button" data-variant="secondary">
          Se den offentlige versjonen
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
        Lenkene til andre kommuner går til deres offentlige nettverk.
      </Paragraph>
    </>
  );
}
