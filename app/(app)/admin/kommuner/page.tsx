import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Kommuner' };

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  fylke: z.string().regex(/^\d{2}$/).optional().catch(undefined),
});

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/admin/kommuner');
  if (!can(user, 'municipality.list', SYSTEM)) forbid();
  const query = querySchema.parse(await searchParams);
  const db = await getDb();
  const [rows, counties] = await Promise.all([listMunicipalities(db, { search: query.q, countyNumber: query.fylke }), listCounties(db)]);
  return (
    <>
      <PageHeader
        title="Kommuner"
        crumbs={[{ href: '/admin', label: 'Administrasjon' }]}
        lead="Kommunene som gjelder fra 1. januar 2024. En nyere kommuneliste importeres med kommandoen «npm run db:import-kommuner» (se README)."
      />
      <form method="get" className="bb-panel mb-6 flex flex-wrap items-end gap-4" role="search" aria-label="Søk i kommuner">
        <div className="min-w-64 flex-1">
          <Textfield label="Søk etter navn eller nummer" name="q" defaultValue={query.q ?? ''} />
        </div>
        <CountySelect counties={counties} value={query.fylke ?? ''} />
        <SubmitButton>Søk</SubmitButton>
      </form>
      <Heading level={2} data-size="xs" className="mb-3" aria-live="polite">
        {rows.length} {rows.length === 1 ? 'kommune' : 'kommuner'}
      </Heading>
      <div className="overflow-x-auto">
        <Table zebra border className="w-full">
          <caption className="ds-sr-only">Kommuner med nummer, navn, fylke og folketall</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Kommunenummer</TableHeaderCell>
              <TableHeaderCell>Navn</TableHeaderCell>
              <TableHeaderCell>Annet offisielt navn</TableHeaderCell>
              <TableHeaderCell>Fylke</TableHeaderCell>
              <TableHeaderCell className="text-right">Folketall</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((m) => (
              <TableRow key={m.kommunenummer}>
                <TableCell>{m.kommunenummer}</TableCell>
                <TableCell>{m.name}</TableCell>
                <TableCell>{m.otherName ?? ''}</TableCell>
                <TableCell>
                  {m.countyName} ({m.countyNumber})
                </TableCell>
                <TableCell className="text-right">{m.population === null ? '–' : formatPopulation(m.population)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
