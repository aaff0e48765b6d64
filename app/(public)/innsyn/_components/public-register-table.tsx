import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import type { PublicRegisterRow } from '@/lib/pure/register/public';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { TableScroll } from '@/app/_components/table-scroll';

export function PublicRegisterTable({ rows, caption, from }: { rows: readonly PublicRegisterRow[]; caption: string; from: string }) {
  return (
    <TableScroll label={caption}>
      <Table border className="w-full" data-testid="innsyn-tabell">
        <caption className="ds-sr-only">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Samarbeid og organisasjonsform</TableHeaderCell>
            <TableHeaderCell>Oppgavefelt</TableHeaderCell>
            <TableHeaderCell>Vert- eller kontorkommune</TableHeaderCell>
            <TableHeaderCell>Deltakere</TableHeaderCell>
            <TableHeaderCell>Tilstand</TableHeaderCell>
            <TableHeaderCell>Siste evaluering</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="min-w-60 align-top">
                <Link href={`/innsyn/samarbeid/${row.id}?fra=${from}`} className="font-semibold">
                  {row.name}
                </Link>
                <div className="bb-muted mt-1 text-sm">{row.legalForm ?? 'Organisasjonsform ikke valgt ennå'}</div>
              </TableCell>
              <TableCell className="align-top">{row.taskArea ?? '–'}</TableCell>
              <TableCell className="align-top">
                {row.hosts.length > 0 ? row.hosts.join(', ') : '–'}
                {row.hostLabel ? <div className="bb-muted text-sm">{row.hostLabel}</div> : null}
              </TableCell>
              <TableCell className="min-w-48 align-top text-sm">
                <span className="font-semibold">{row.members.length}</span> {row.members.length === 1 ? 'deltaker' : 'deltakere'}
                <div className="bb-muted mt-1">{row.members.join(', ')}</div>
              </TableCell>
              <TableCell className="align-top">
                <Tag data-color="info">{STATE_LABELS[row.state]}</Tag>
                {row.startDate ? <div className="bb-muted mt-1 text-sm whitespace-nowrap">Startet {formatDateNb(row.startDate)}</div> : null}
              </TableCell>
              <TableCell className="align-top whitespace-nowrap">{row.lastEvaluation ? formatDateNb(row.lastEvaluation) : 'Ikke evaluert'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
