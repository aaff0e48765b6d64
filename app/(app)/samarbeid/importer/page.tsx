import type { Metadata } from 'next';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listMunicipalities } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { IMPORT_COLUMNS } from '@/lib/pure/import/columns';
import { registeringMunicipalities } from '@/lib/pure/register/scope';
import { PageHeader } from '../../../_components/page-header';
import { ImportForm } from './_components/import-form';

export const metadata: Metadata = { title: 'Importer samarbeid fra regneark' };

export default async function ImportPage() {
  const user = await requireUser('/samarbeid/importer');
  const municipalities = await listMunicipalities(await getDb());
  const own = registeringMunicipalities(user, municipalities.map((m) => m.kommunenummer));
  if (own.length === 0) forbid();
  const titles = new Map(municipalities.map((m) => [m.kommunenummer, organisationTitle(m)]));
  return (
    <>
      <PageHeader
        title="Importer samarbeid fra regneark"
        crumbs={[{ href: '/samarbeid', label: 'Samarbeid' }]}
        lead="Har kommunen en liste over samarbeidene sine i Excel? Last den opp her. Du ser først hva som vil bli importert og hva som må rettes. Samarbeidene går rett til drift med startdatoen fra regnearket."
      >
        <div className="flex flex-wrap gap-3">
          <a href="/samarbeid/importer/mal.xlsx" download className="ds-button" data-variant="secondary">
            Last ned mal (Excel)
          </a>
          <a href="/samarbeid/importer/mal.csv" download className="ds-button" data-variant="tertiary">
            Mal som CSV
          </a>
        </div>
      </PageHeader>
      <ImportForm municipalities={own.map((k) => ({ kommunenummer: k, name: titles.get(k) ?? k }))} />
      <section aria-labelledby="kolonner-tittel" className="mt-10 max-w-5xl">
        <Heading level={2} id="kolonner-tittel" data-size="xs">
          Kolonnene i regnearket
        </Heading>
        <Paragraph data-size="sm" className="mt-2">
          Én rad per samarbeid, med overskriftene i første rad. Rekkefølgen spiller ingen rolle, og andre kolonner blir ikke lest. Et samarbeid som finnes fra før
          (samme organisasjonsnummer, eller samme navn og deltakere), blir hoppet over, så du kan laste opp den samme lista flere ganger.
        </Paragraph>
        <div className="mt-4 overflow-x-auto">
          <Table border className="w-full">
            <caption className="ds-sr-only">Kolonnene importen leser</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Kolonne</TableHeaderCell>
                <TableHeaderCell>Må fylles ut</TableHeaderCell>
                <TableHeaderCell>Innhold</TableHeaderCell>
                <TableHeaderCell>Eksempel</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {IMPORT_COLUMNS.map((c) => (
                <TableRow key={c.key}>
                  <TableCell className="font-semibold whitespace-nowrap">{c.header}</TableCell>
                  <TableCell>{c.required ? 'Ja' : 'Nei'}</TableCell>
                  <TableCell className="text-sm">{c.description}</TableCell>
                  <TableCell className="text-sm whitespace-nowrap">{c.example}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
    </>
  );
}
