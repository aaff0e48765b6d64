import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { formerMemberships, registerMunicipalities } from '@/db/queries/register';
import { registerFilterOptions } from '@/db/queries/register-list';
import { registerPage } from '@/db/queries/register-page';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { FormerMemberships } from '../_components/former-memberships';
import { can } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { isMunicipalityNumber, organisationTitle } from '@/lib/pure/domain/municipality';
import { hasFilter, parseRegisterQuery, registerQueryString } from '@/lib/pure/register/query';
import { PAST_LAST_PAGE, parsePage, rangeText } from '@/lib/pure/paging';
import { Pager } from '../../../_components/pager';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { RegisterFilters } from '../_components/register-filters';
import { RegisterTable } from '../_components/register-table';
import { registerScopeOf } from '@/lib/pure/register/scope';

type Params = Promise<{ kommunenummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { kommunenummer } = await params;
  const municipality = isMunicipalityNumber(kommunenummer) ? await getMunicipality(await getDb(), kommunenummer) : null;
  return { title: municipality ? `Samarbeidsregister for ${organisationTitle(municipality)}` : 'Samarbeidsregister' };
}

export default async function MunicipalRegisterPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kommunenummer } = await params;
  const user = await requireUser(`/register/${kommunenummer}`);
  if (!isMunicipalityNumber(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  if (!can(user, 'register.read', { kind: 'municipality', kommunenummer })) forbid();
  const search = await searchParams;
  const query = parseRegisterQuery(search);
  const page = parsePage(search);
  const now = await requestNow();
  const scope = registerScopeOf(user);
  // Independent reads, side by side: the page of rows, the filter's options, the former memberships, the picker.
  const [{ rows, window, all }, options, former, several] = await Promise.all([
    registerPage(db, kommunenummer, query, page, now),
    registerFilterOptions(db, kommunenummer, osloDateOf(now)),
    formerMemberships(db, kommunenummer, osloDateOf(now)),
    scope === null ? true : registerMunicipalities(db, scope).then((m) => m.length > 1),
  ]);
  const queryString = registerQueryString(query);
  const nb = (n: number) => n.toLocaleString('nb-NO');
  const csvHref = `/api/register/${kommunenummer}${queryString ? `?${queryString}` : ''}`;
  const name = organisationTitle(municipality);
  return (
    <>
      <PageHeader
        title={`Samarbeidsregister for ${name}`}
        crumbs={several ? [{ href: '/register', label: 'Register' }] : []}
        lead={
          <>
            Alle interkommunale samarbeid {name} deltar i – kommunens oversikt etter kommuneloven § 17-4. Lysene viser
            strukturell legitimitet beregnet fra det som er registrert, og oppdateres når data endres.
          </>
        }
      >
        <div className="flex flex-wrap gap-3">
          <a href={csvHref} download className="ds-button" data-variant="primary">
            Last ned CSV (Excel)
          </a>
          {can(user, 'cooperation.register', { kind: 'municipality', kommunenummer }) ? (
            <Link href="/samarbeid/importer" className="ds-button" data-variant="secondary">
              Importer fra regneark
            </Link>
          ) : null}
          <Link href={`/register/${kommunenummer}/nettverk`} className="ds-button" data-variant="secondary">
            Se samarbeidsnettverket
          </Link>
          <Link href={`/innsyn/kommune/${kommunenummer}`} className="ds-button" data-variant="secondary">
            Se det offentlige registeret
          </Link>
        </div>
      </PageHeader>
      <RegisterFilters action={`/register/${kommunenummer}`} query={query} taskAreas={options.taskAreas} legalForms={options.legalForms} />
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {hasFilter(query) ? `${nb(window.total)} av ${nb(all)} samarbeid` : `${nb(all)} samarbeid`}
      </Heading>
      {window.total > 0 ? (
        <Paragraph data-size="sm" className="bb-muted mb-2" data-testid="register-utvalg">
          {rangeText(window)}
        </Paragraph>
      ) : null}
      {rows.length === 0 ? (
        <Paragraph className="bb-panel">
          {all === 0
            ? `${name} deltar ikke i noen registrerte samarbeid ennå.`
            : window.total > 0
              ? PAST_LAST_PAGE
              : 'Ingen samarbeid passer med filteret. Prøv et annet søk, eller nullstill filteret.'}
        </Paragraph>
      ) : (
        <RegisterTable rows={rows} caption={`Samarbeid ${name} deltar i, med form, organisasjonsnummer, vertskommune, deltakere, sponsorer, tilstand og startdato, kommunens andel, evaluering og legitimitet (${rangeText(window).toLocaleLowerCase('nb')})`} />
      )}
      <Pager label="Sider i registeret" page={window.page} pageCount={window.pageCount} path={`/register/${kommunenummer}`} query={queryString} />
      <Paragraph data-size="sm" className="bb-muted mt-4 max-w-3xl">
        Input er demokratisk forankring, throughput er åpenhet og output er resultater. Grønn er 70 poeng eller mer, gul
        40–69 og rød under 40; ukjent betyr at det ikke finnes data å beregne fra ennå. CSV-filen inneholder det samme
        utvalget som vises her, med alle sidene.
      </Paragraph>
      <FormerMemberships name={name} rows={former} />
    </>
  );
}
