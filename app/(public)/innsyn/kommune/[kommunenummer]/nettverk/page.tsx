// A municipality's partner network from its public cooperations, with the fragmentation index.
import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { nationalFragmentation, networkOf } from '@/db/queries/network';
import { fragmentationView, networkQuery, networkView } from '@/lib/pure/network/view';
import { FragmentationSection } from '@/app/_components/network/fragmentation-section';
import { NetworkFilters, NetworkGraphSection, PartnerTable, type NetworkLinks } from '@/app/_components/network/network-section';
import { PageHeader } from '../../../../../_components/page-header';

type Params = Promise<{ kommunenummer: string }>;

const municipalityOf = cache(async (kommunenummer: string) => (/^\d{4}$/.test(kommunenummer) ? getMunicipality(await getDb(), kommunenummer) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const municipality = await municipalityOf((await params).kommunenummer);
  if (!municipality) return { title: 'Fant ikke kommunen' };
  return {
    title: `Samarbeidsnettverket til ${municipality.name} kommune`,
    description: `Hvilke kommuner ${municipality.name} kommune samarbeider med, hvor mange samarbeid de har felles, og hvor fragmentert samarbeidet er.`,
  };
}

export default async function PublicNetworkPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kommunenummer } = await params;
  const municipality = await municipalityOf(kommunenummer);
  if (!municipality) notFound();
  const db = await getDb();
  const [network, all] = await Promise.all([networkOf(db, kommunenummer, 'public'), nationalFragmentation(db)]);
  const query = networkQuery.parse(await searchParams);
  const view = networkView(network.cooperations, network.names, kommunenummer, query);
  const name = `${municipality.name} kommune`;
  const links: NetworkLinks = {
    self: `/innsyn/kommune/${kommunenummer}/nettverk`,
    cooperation: (id) => `/innsyn/samarbeid/${id}?fra=${kommunenummer}`,
    municipality: (k) => `/innsyn/kommune/${k}/nettverk`,
  };
  return (
    <>
      <PageHeader
        title={`Samarbeidsnettverket til ${name}`}
        crumbs={[
          { href: '/innsyn', label: 'Innsyn' },
          { href: `/innsyn/kommune/${kommunenummer}`, label: name },
        ]}
        lead={`Kommunene ${name} samarbeider med i offentlige samarbeid som er i gang, og hvor mange samarbeid de har felles. Velg et oppgavefelt for å se bare det.`}
      />
      <NetworkFilters view={view} links={links} />
      <NetworkGraphSection view={view} name={name} />
      <PartnerTable view={view} name={name} links={links} />
      <FragmentationSection name={name} f={fragmentationView(network.cooperations, kommunenummer, all)} />
      <Paragraph data-size="sm" className="bb-muted max-w-3xl">
        Nettverket bygger på samarbeidene kommunene har gjort offentlige i Brobygger. Se også{' '}
        <Link href="/innsyn/statistikk">nasjonal statistikk</Link> og <Link href={`/innsyn/kommune/${kommunenummer}`}>registeret til {name}</Link>.
      </Paragraph>
    </>
  );
}
