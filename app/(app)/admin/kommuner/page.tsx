import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { z } from '@/lib/pure/validation/zod';
import { getDb } from '@/db/client';
import { listCounties, listMunicipalities } from '@/db/queries/municipalities';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { formatPopulation } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { CountySelect } from './county-select';
import { SubmitButton } from '@/app/_components/submit-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('municipalitiesTitle') };
}

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  fylke: z.string().regex(/^\d{2}$/).optional().catch(undefined),
});

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/admin/kommuner');
  if (!can(user, 'municipality.list', SYSTEM)) forbid();
  const query = querySchema.parse(await searchParams);
  const db = await getDb();
  const [rows, counties, t] = await Promise.all([listMunicipalities(db, { search: query.q, countyNumber: query.fylke }), listCounties(db), getTranslations('malform')]);
  const [ta, tk, locale] = await Promise.all([getTranslations('admin'), getTranslations('admin.kommuner'), getLocale()]);
  return (
    <div lang={locale}>
      <PageHeader title={ta('municipalitiesTitle')} crumbs={[{ href: '/admin', label: ta('title') }]} lead={tk('lead')} />
      <form method="get" className="bb-panel mb-6 flex flex-wrap items-end gap-4" role="search" aria-label={tk('searchName')}>
        <div className="min-w-64 flex-1">
          <Textfield label={tk('searchLabel')} name="q" defaultValue={query.q ?? ''} />
        </div>
        <CountySelect counties={counties} value={query.fylke ?? ''} words={{ label: tk('county'), all: tk('allCounties') }} />
        <SubmitButton>{tk('search')}</SubmitButton>
      </form>
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {tk('count', { count: rows.length, n: String(rows.length) })}
      </Heading>
      <div className="overflow-x-auto">
        <Table zebra border className="w-full">
          <caption className="ds-sr-only">{tk('caption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{tk('colNumber')}</TableHeaderCell>
              <TableHeaderCell>{tk('colName')}</TableHeaderCell>
              <TableHeaderCell>{tk('colOtherName')}</TableHeaderCell>
              <TableHeaderCell>{tk('colCounty')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{tk('colPopulation')}</TableHeaderCell>
              <TableHeaderCell>{t('column')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((m) => (
              <TableRow key={m.kommunenummer}>
                <TableCell>{m.kommunenummer}</TableCell>
                <TableCell>
                  <Link href={`/admin/kommuner/${m.kommunenummer}`}>{m.name}</Link>
                </TableCell>
                <TableCell>{m.otherName ?? ''}</TableCell>
                <TableCell>
                  {m.countyName} ({m.countyNumber})
                </TableCell>
                <TableCell className="text-right">{m.population === null ? '–' : formatPopulation(m.population, locale)}</TableCell>
                <TableCell>{t(m.maalform)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
