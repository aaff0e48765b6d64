import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { cachedMunicipality, cachedPublicRegisterPage } from '@/lib/server/public-cache';
import { PAST_LAST_PAGE, parsePage, rangeText } from '@/lib/pure/paging';
import { Pager } from '../../../../_components/pager';
import { isMunicipalityNumber, organisationTitle } from '@/lib/pure/domain/municipality';
import { PageHeader } from '../../../../_components/page-header';
import { PublicRegisterTable } from '../../_components/public-register-table';
import { EmbedHelp } from '../../_components/embed-help';
import Link from 'next/link';
import { headers } from 'next/headers';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';

type Params = Promise<{ kommunenummer: string }>;

const municipalityOf = cache(async (kommunenummer: string) => (isMunicipalityNumber(kommunenummer) ? cachedMunicipality(kommunenummer) : null));

/** "Kristiansand kommune", "Snåsa – Snåase kommune", "Agder fylkeskommune". */
const displayName = (m: { name: string; otherName: string | null; kind: string }) => organisationTitle({ name: m.otherName ? `${m.name} – ${m.otherName}` : m.name, kind: m.kind });
/** The public address of this installation, for the embed code. */
async function installationUrl(): Promise<string> {
  const h = await headers();
  return publicBaseUrl(`${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'}`);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const municipality = await municipalityOf((await params).kommunenummer);
  if (!municipality) return { title: 'Fant ikke kommunen' };
  const name = displayName(municipality);
  return {
    title: `Interkommunale samarbeid i ${name}`,
    description: `Offentlig register over de interkommunale samarbeidene ${name} deltar i: form, deltakere, vertskommune, tilstand og evaluering.`,
  };
}

export default async function PublicMunicipalRegisterPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kommunenummer } = await params;
  const municipality = await municipalityOf(kommunenummer);
  if (!municipality) notFound();
  const { rows, window } = await cachedPublicRegisterPage({ memberOf: kommunenummer }, parsePage(await searchParams));
  const total = window.total;
  const name = displayName(municipality);
  return (
    <>
      <PageHeader
        title={`Interkommunale samarbeid i ${name}`}
        crumbs={[{ href: '/innsyn', label: 'Innsyn' }]}
        lead={`Samarbeidene ${name} deltar i sammen med andre kommuner, slik kommunen har registrert dem i Brobygger. Velg et samarbeid for å se formål, hvem som har ansvaret og hvilke vedtak som er fattet.`}
      >
        {total > 0 ? (
          <div className="flex flex-wrap gap-3">
            <Link href={`/innsyn/kommune/${kommunenummer}/nettverk`} className="ds-button" data-variant="secondary">
              Se samarbeidsnettverket
            </Link>
            <a href={`/innsyn/kommune/${kommunenummer}/samarbeid.csv`} download className="ds-button" data-variant="secondary">
              Last ned som CSV (Excel)
            </a>
          </div>
        ) : null}
      </PageHeader>
      <Heading level={2} data-size="xs" className="mb-3">
        {total.toLocaleString('nb-NO')} offentlige samarbeid
      </Heading>
      {total > 0 ? (
        <Paragraph data-size="sm" className="bb-muted mb-2" data-testid="innsyn-utvalg">
          {rangeText(window)}
        </Paragraph>
      ) : null}
      {total === 0 ? (
        <Paragraph className="bb-panel">
          {name} har ikke registrert noen offentlige samarbeid i Brobygger. Det betyr ikke at kommunen ikke samarbeider med
          andre – spør kommunen om oversikten over samarbeidene.
        </Paragraph>
      ) : rows.length === 0 ? (
        <Paragraph className="bb-panel">{PAST_LAST_PAGE}</Paragraph>
      ) : (
        <PublicRegisterTable rows={rows} from={kommunenummer} caption={`Interkommunale samarbeid i ${name} med form, oppgavefelt, vertskommune, deltakere, tilstand og siste evaluering`} />
      )}
      <Pager label="Sider i registeret" page={window.page} pageCount={window.pageCount} path={`/innsyn/kommune/${kommunenummer}`} query="" />
      <EmbedHelp kommunenummer={kommunenummer} name={name} baseUrl={await installationUrl()} />
      <Paragraph data-size="sm" className="bb-muted mt-4 max-w-3xl">
        Kommunen fører en oversikt over de interkommunale samarbeidene sine (kommuneloven § 17-4). Her vises samarbeidene
        kommunen har valgt å gjøre offentlige i Brobygger; samarbeid som fortsatt er på utkaststadiet vises ikke.
      </Paragraph>
    </>
  );
}
