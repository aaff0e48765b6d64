import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
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
import { parsePage, type PageWindow } from '@/lib/pure/paging';
import { Pager } from '../../../_components/pager';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { RegisterFilters } from '../_components/register-filters';
import { RegisterTable } from '../_components/register-table';
import { registerScopeOf } from '@/lib/pure/register/scope';
import { registerWords } from '../_components/words';

type Params = Promise<{ kommunenummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { kommunenummer } = await params;
  const municipality = isMunicipalityNumber(kommunenummer) ? await getMunicipality(await getDb(), kommunenummer) : null;
  const t = await getTranslations('registerside');
  return { title: municipality ? t('titleFor', { name: organisationTitle(municipality) }) : t('title') };
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
  const [{ rows, window, all }, options, former, several, words, tPages] = await Promise.all([
    registerPage(db, kommunenummer, query, page, now),
    registerFilterOptions(db, kommunenummer, osloDateOf(now)),
    formerMemberships(db, kommunenummer, osloDateOf(now)),
    scope === null ? true : registerMunicipalities(db, scope).then((m) => m.length > 1),
    registerWords(),
    getTranslations('sider'),
  ]);
  const { t, locale } = words;
  const range = rangeIn(tPages, window);
  const queryString = registerQueryString(query);
  const nb = (n: number) => n.toLocaleString(NUMBER_LOCALE[locale]);
  const csvHref = `/api/register/${kommunenummer}${queryString ? `?${queryString}` : ''}`;
  const name = organisationTitle(municipality);
  return (
    <div lang={locale}>
      <PageHeader title={t('titleFor', { name })} crumbs={several ? [{ href: '/register', label: t('crumb') }] : []} lead={t('lead', { name })}>
        <div className="flex flex-wrap gap-3">
          <a href={csvHref} download className="ds-button" data-variant="primary">
            {t('csv')}
          </a>
          {can(user, 'cooperation.register', { kind: 'municipality', kommunenummer }) ? (
            <Link href="/samarbeid/importer" className="ds-button" data-variant="secondary">
              {t('import')}
            </Link>
          ) : null}
          <Link href={`/register/${kommunenummer}/nettverk`} className="ds-button" data-variant="secondary">
            {t('network')}
          </Link>
          <Link href={`/innsyn/kommune/${kommunenummer}`} className="ds-button" data-variant="secondary">
            {t('public')}
          </Link>
        </div>
      </PageHeader>
      <RegisterFilters action={`/register/${kommunenummer}`} query={query} taskAreas={options.taskAreas} legalForms={options.legalForms} words={words} />
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {hasFilter(query) ? t('countFiltered', { shown: nb(window.total), all: nb(all) }) : t('count', { all: nb(all) })}
      </Heading>
      {window.total > 0 ? (
        <Paragraph data-size="sm" className="bb-muted mb-2" data-testid="register-utvalg">
          {range}
        </Paragraph>
      ) : null}
      {rows.length === 0 ? (
        <Paragraph className="bb-panel">
          {all === 0 ? t('none', { name }) : window.total > 0 ? tPages('pastLastPage') : t('noMatch')}
        </Paragraph>
      ) : (
        <RegisterTable rows={rows} caption={t('caption', { name, range: range.toLocaleLowerCase(locale) })} words={words} />
      )}
      <Pager label={t('pagerLabel')} page={window.page} pageCount={window.pageCount} path={`/register/${kommunenummer}`} query={queryString} />
      <Paragraph data-size="sm" className="bb-muted mt-4 max-w-3xl">
        {t('explanation')}
      </Paragraph>
      <FormerMemberships name={name} rows={former} words={words} />
    </div>
  );
}

const NUMBER_LOCALE = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** "Viser 51–100 av 1 155" in the page's language (the words of app/_components/range-text.tsx). */
function rangeIn(t: Awaited<ReturnType<typeof getTranslations<'sider'>>>, w: PageWindow): string {
  if (w.total === 0) return t('noHits');
  if (w.first === 0) return t('beyond', { page: w.page, pageCount: w.pageCount });
  return t('range', { first: w.first, last: w.last, total: w.total });
}
