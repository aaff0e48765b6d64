import type { Metadata } from 'next';
import Link from 'next/link';
import { Checkbox, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { z } from '@/lib/pure/validation/zod';
import { getDb } from '@/db/client';
import { publicMunicipalityListPage } from '@/db/queries/public-register-page';
import { parsePage, rangeText } from '@/lib/pure/paging';
import { Pager } from '../../_components/pager';
import { PageHeader } from '../../_components/page-header';
import { TableScroll } from '@/app/_components/table-scroll';
import { SubmitButton } from '@/app/_components/submit-button';

export const metadata: Metadata = {
  title: 'Innsyn i interkommunale samarbeid',
  description: 'Se hvilke interkommunale samarbeid kommunen din deltar i, hvem som har ansvaret, og hvilke vedtak som er fattet.',
};

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  med: z.literal('1').optional().catch(undefined),
});

export default async function InnsynPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = querySchema.parse(params);
  const { rows, window, withAny } = await publicMunicipalityListPage(await getDb(), { search: query.q || undefined, withAny: query.med === '1' }, parsePage(params));
  const pagerQuery = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.med ? { med: query.med } : {}) }).toString();
  return (
    <>
      <PageHeader
        title="Innsyn i interkommunale samarbeid"
        lead="Kommunene løser mange oppgaver sammen med andre kommuner – legevakt, revisjon, renovasjon og mye mer. Her ser du hvilke samarbeid kommunen din deltar i, hvem som har ansvaret, og hvilke vedtak som er fattet. Du trenger ikke å logge inn."
      >
        <div className="flex flex-wrap gap-3">
          <Link href="/innsyn/statistikk" className="ds-button" data-variant="secondary">
            Nasjonal statistikk
          </Link>
          <Link href="/innsyn/api" className="ds-button" data-variant="secondary">
            Åpent API
          </Link>
          <a href="/innsyn/samarbeid.csv" download className="ds-button" data-variant="secondary">
            Alle offentlige samarbeid som CSV (Excel)
          </a>
          <a href="/innsyn/samarbeid.json" className="ds-button" data-variant="secondary">
            Alle offentlige samarbeid som JSON
          </a>
        </div>
      </PageHeader>
      <form method="get" action="/innsyn" role="search" aria-label="Kommunesøk" className="bb-panel mb-6 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <Textfield label="Søk etter kommune" description="Navn (også samisk eller kvensk navn) eller kommunenummer" name="q" defaultValue={query.q ?? ''} />
        </div>
        <Checkbox label="Bare kommuner med samarbeid" name="med" value="1" defaultChecked={query.med === '1'} />
        <SubmitButton>Søk</SubmitButton>
      </form>
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {window.total} {window.total === 1 ? 'kommune' : 'kommuner'}
        {query.q ? ` som passer med «${query.q}»` : ''}
        {withAny > 0 && !query.med ? ` – ${withAny} med offentlige samarbeid i Brobygger` : ''}
      </Heading>
      {window.pageCount > 1 && window.total > 0 ? (
        <Paragraph data-size="sm" className="bb-muted mb-2" data-testid="innsyn-utvalg">
          {rangeText(window)}
        </Paragraph>
      ) : null}
      {window.total === 0 ? (
        <Paragraph className="bb-panel">Ingen kommuner passer med søket. Sjekk stavemåten, eller søk på kommunenummeret.</Paragraph>
      ) : rows.length === 0 ? (
        <Paragraph className="bb-panel">Det er ingen kommuner på denne siden. Gå tilbake til en av sidene nedenfor.</Paragraph>
      ) : (
        <TableScroll label="Kommuner med antall offentlige samarbeid">
          <Table zebra border className="w-full">
            <caption className="ds-sr-only">Kommuner med antall offentlige interkommunale samarbeid</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Kommune</TableHeaderCell>
                <TableHeaderCell>Kommunenummer</TableHeaderCell>
                <TableHeaderCell>Fylke</TableHeaderCell>
                <TableHeaderCell className="text-right">Offentlige samarbeid</TableHeaderCell>
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
      <Pager label="Sider med kommuner" page={window.page} pageCount={window.pageCount} path="/innsyn" query={pagerQuery} />
    </>
  );
}
