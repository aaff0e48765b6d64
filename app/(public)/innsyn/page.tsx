// The public register's front page: every municipality with its number of public
// cooperations, searchable by name or number, in the visitor's language.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Checkbox, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { z } from '@/lib/pure/validation/zod';
import { getDb } from '@/db/client';
import { publicMunicipalityListPage } from '@/db/queries/public-register-page';
import { parsePage } from '@/lib/pure/paging';
import { RangeText } from '@/app/_components/range-text';
import { Pager } from '../../_components/pager';
import { PageHeader } from '../../_components/page-header';
import { TableScroll } from '@/app/_components/table-scroll';
import { SubmitButton } from '@/app/_components/submit-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('innsyn');
  return { title: t('title'), description: t('description') };
}

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  med: z.literal('1').optional().catch(undefined),
});

export default async function InnsynPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = querySchema.parse(params);
  const { rows, window, withAny } = await publicMunicipalityListPage(await getDb(), { search: query.q || undefined, withAny: query.med === '1' }, parsePage(params));
  const t = await getTranslations('innsyn');
  const pagerQuery = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.med ? { med: query.med } : {}) }).toString();
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
      >
        <div className="flex flex-wrap gap-3">
          <Link href="/innsyn/statistikk" className="ds-button" data-variant="secondary">
            {t('statistics')}
          </Link>
          <Link href="/innsyn/api" className="ds-button" data-variant="secondary">
            {t('openApi')}
          </Link>
          <a href="/innsyn/samarbeid.csv" download className="ds-button" data-variant="secondary">
            {t('allCsv')}
          </a>
          <a href="/innsyn/samarbeid.json" className="ds-button" data-variant="secondary">
            {t('allJson')}
          </a>
        </div>
      </PageHeader>
      <form method="get" action="/innsyn" role="search" aria-label={t('searchLabel')} className="bb-panel mb-6 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <Textfield label={t('searchField')} description={t('searchHelp')} name="q" defaultValue={query.q ?? ''} />
        </div>
        <Checkbox label={t('onlyWith')} name="med" value="1" defaultChecked={query.med === '1'} />
        <SubmitButton>{t('search')}</SubmitButton>
      </form>
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {t('count', { count: window.total })}
        {query.q ? t('matching', { query: query.q }) : null}
        {withAny > 0 && !query.med ? t('withAny', { count: withAny }) : null}
      </Heading>
      {window.pageCount > 1 && window.total > 0 ? (
        <Paragraph data-size="sm" className="bb-muted mb-2" data-testid="innsyn-utvalg">
          <RangeText window={window} />
        </Paragraph>
      ) : null}
      {window.total === 0 ? (
        <Paragraph className="bb-panel">{t('noMatch')}</Paragraph>
      ) : rows.length === 0 ? (
        <Paragraph className="bb-panel">{t('emptyPage')}</Paragraph>
      ) : (
        <TableScroll label={t('tableLabel')}>
          <Table zebra border className="w-full">
            <caption className="ds-sr-only">{t('tableCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colMunicipality')}</TableHeaderCell>
                <TableHeaderCell>{t('colNumber')}</TableHeaderCell>
                <TableHeaderCell>{t('colCounty')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('colPublic')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((m) => (
                <TableRow key={m.kommunenummer}>
                  <TableCell>
                    <Link href={`/innsyn/kommune/${m.kommunenummer}`}>{m.otherName ? `${m.name} – ${m.otherName}` : m.name}</Link>
                  </TableCell>
                  <TableCell>{m.kommunenummer}</TableCell>
                  <TableCell>{m.countyName}</TableCell>
                  <TableCell className="text-right">{m.publicCooperations}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Pager label={t('pagerLabel')} page={window.page} pageCount={window.pageCount} path="/innsyn" query={pagerQuery} />
    </>
  );
}
