// A municipality's public register made to sit in an iframe on the municipality's own
// website: no site chrome (app/globals.css hides it when [data-bb-embed] is on the page),
// compact, and links that open Brobygger in a new tab rather than inside the frame. This is
// the only route other sites may frame (next.config.js).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { publicCooperationsOf } from '@/db/queries/public-list';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { hostLabel, legalFormName } from '@/lib/pure/register/row';
import { STATE_LABELS } from '@/workflows/cooperation/states';

type Params = Promise<{ kommunenummer: string }>;

export const metadata: Metadata = { title: 'Interkommunale samarbeid', robots: { index: false } };

function NewTabLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span className="ds-sr-only"> (åpnes i ny fane)</span>
    </a>
  );
}

export default async function EmbeddedRegisterPage({ params }: { params: Params }) {
  const { kommunenummer } = await params;
  if (!/^\d{4}$/.test(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  const rows = await publicCooperationsOf(db, kommunenummer);
  const name = `${municipality.name} kommune`;
  return (
    <div data-bb-embed="" className="text-sm">
      <h1 className="text-lg font-semibold">Interkommunale samarbeid i {name}</h1>
      {rows.length === 0 ? (
        <p className="mt-2">{name} har ikke registrert noen offentlige samarbeid i Brobygger ennå.</p>
      ) : (
        <div role="region" aria-label={`Samarbeidene i ${name}`} tabIndex={0} className="relative mt-2 overflow-x-auto">
          <Table border zebra data-size="sm" className="w-full" data-testid="innebygd-tabell">
            <caption className="ds-sr-only">Interkommunale samarbeid {name} deltar i, med form, oppgavefelt, vertskommune, tilstand og siste evaluering</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Samarbeid</TableHeaderCell>
                <TableHeaderCell>Oppgavefelt</TableHeaderCell>
                <TableHeaderCell>Vert- eller kontorkommune</TableHeaderCell>
                <TableHeaderCell>Deltakere</TableHeaderCell>
                <TableHeaderCell>Tilstand</TableHeaderCell>
                <TableHeaderCell>Siste evaluering</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => {
                const hosts = row.members.filter((m) => m.role === 'vertskommune' || m.role === 'kontorkommune');
                return (
                  <TableRow key={row.id}>
                    <TableCell className="align-top">
                      <NewTabLink href={`/innsyn/samarbeid/${row.id}?fra=${kommunenummer}`}>{row.name}</NewTabLink>
                      <div className="bb-muted">{legalFormName(row.legalFormCode) ?? 'Organisasjonsform ikke valgt ennå'}</div>
                    </TableCell>
                    <TableCell className="align-top">{row.taskArea?.name ?? '–'}</TableCell>
                    <TableCell className="align-top">
                      {hosts.length > 0 ? hosts.map((m) => m.name).join(', ') : '–'}
                      {hosts.length > 0 ? <div className="bb-muted">{hostLabel(hosts)}</div> : null}
                    </TableCell>
                    <TableCell className="align-top">{row.members.length}</TableCell>
                    <TableCell className="align-top">{STATE_LABELS[row.state]}</TableCell>
                    <TableCell className="align-top whitespace-nowrap">{row.lastEvaluation ? formatDateNb(row.lastEvaluation) : 'Ikke evaluert'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <p className="bb-muted mt-2">
        Kilde: <NewTabLink href={`/innsyn/kommune/${kommunenummer}`}>Brobygger – registeret til {name}</NewTabLink>. Lenkene åpnes i en ny fane.
      </p>
    </div>
  );
}
