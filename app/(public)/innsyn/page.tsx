import type { Metadata } from 'next';
import Link from 'next/link';
import { Button, Checkbox, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { z } from '@/lib/validation/zod';
import { getDb } from '@/db/client';
import { publicMunicipalities } from '@/db/queries/register';
import { PageHeader } from '../../_components/page-header';
import { TableScroll } from './_components/table-scroll';

export const metadata: Metadata = {
  title: 'Innsyn i interkommunale samarbeid',
  description: 'Se hvilke interkommunale samarbeid kommunen din deltar i, hvem som har ansvaret, og hvilke vedtak som er fattet.',
};

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  med: z.literal('1').optional().catch(undefined),
});

export default async function InnsynPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(await searchParams);
  const all = await publicMunicipalities(await getDb(), query.q || undefined);
  const rows = query.med ? all.filter((m) => m.publicCooperations > 0) : all;
  const withAny = all.filter((m) => m.publicCooperations > 0).length;
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
        </div>
      </PageHeader>
      <form method="get" action="/innsyn" role="search" aria-label="Kommunesøk" className="bb-panel mb-6 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <Textfield label="Søk etter kommune" description="Navn (også samisk eller kvensk navn) eller kommunenummer" name="q" defaultValue={query.q ?? ''} />
        </div>
        <Checkbox label="Bare kommuner med samarbeid" name="med" value="1" defaultChecked={query.med === '1'} />
        <Button type="submit">Søk</Button>
      </form>
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {rows.length} {rows.length === 1 ? 'kommune' : 'kommuner'}
        {query.q ? ` som passer med «${query.q}»` : ''}
        {withAny > 0 && !query.med ? ` – ${withAny} med offentlige samarbeid i Brobygger` : ''}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph className="bb-panel">Ingen kommuner passer med søket. Sjekk stavemåten, eller søk på kommunenummeret.</Paragraph>
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
    </>
  );
}
