// One municipality's public register: the cooperations it has made public, a page at a time,
// with the CSV, the network and the code for embedding it on the municipality's website.
import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { cachedMunicipality, cachedPublicRegisterPage } from '@/lib/server/public-cache';
import { parsePage } from '@/lib/pure/paging';
import { RangeText } from '@/app/_components/range-text';
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
  const t = await getTranslations('kommune');
  if (!municipality) return { title: t('notFound') };
  const name = displayName(municipality);
  return { title: t('title', { name }), description: t('description', { name }) };
}

export default async function PublicMunicipalRegisterPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kommunenummer } = await params;
  const municipality = await municipalityOf(kommunenummer);
  if (!municipality) notFound();
  const { rows, window } = await cachedPublicRegisterPage({ memberOf: kommunenummer }, parsePage(await searchParams));
  const total = window.total;
  const name = displayName(municipality);
  const [t, ti, ts] = await Promise.all([getTranslations('kommune'), getTranslations('innsyn'), getTranslations('sider')]);
  return (
    <>
      <PageHeader
        title={t('title', { name })}
        crumbs={[{ href: '/innsyn', label: ti('crumb') }]}
        lead={t('lead', { name })}
      >
        {total > 0 ? (
          <div className="flex flex-wrap gap-3">
            <Link href={`/innsyn/kommune/${kommunenummer}/nettverk`} className="ds-button" data-variant="secondary">
              {t('network')}
            </Link>
            <a href={`/innsyn/kommune/${kommunenummer}/samarbeid.csv`} download className="ds-button" data-variant="secondary">
              {t('csv')}
            </a>
          </div>
        ) : null}
      </PageHeader>
      <Heading level={2} data-size="xs" className="mb-3">
        {t('count', { count: total })}
      </Heading>
      {total > 0 ? (
        <Paragraph data-size="sm" className="bb-muted mb-2" data-testid="innsyn-utvalg">
          <RangeText window={window} />
        </Paragraph>
      ) : null}
      {total === 0 ? (
        <Paragraph className="bb-panel">{t('none', { name })}</Paragraph>
      ) : rows.length === 0 ? (
        <Paragraph className="bb-panel">{ts('pastLastPage')}</Paragraph>
      ) : (
        <PublicRegisterTable rows={rows} from={kommunenummer} caption={t('caption', { name })} />
      )}
      <Pager label={t('pagerLabel')} page={window.page} pageCount={window.pageCount} path={`/innsyn/kommune/${kommunenummer}`} query="" />
      <EmbedHelp kommunenummer={kommunenummer} name={name} baseUrl={await installationUrl()} />
      <Paragraph data-size="sm" className="bb-muted mt-4 max-w-3xl">
        {t('legalNote')}
      </Paragraph>
    </>
  );
}
