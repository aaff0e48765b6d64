import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatNok, formatPercent } from '@/lib/pure/domain/cost-shares';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import { CRITERIA, type NextEvaluation, type OwnShare, type RegisterRow } from '@/lib/pure/register/row';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { TrafficLight } from './traffic-light';
import { TableScroll } from '@/app/_components/table-scroll';

export function RegisterTable({ rows, caption }: { rows: readonly RegisterRow[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <Table border className="w-full" data-testid="register-tabell">
        <caption className="ds-sr-only">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Samarbeid</TableHeaderCell>
            <TableHeaderCell>Deltakere</TableHeaderCell>
            <TableHeaderCell>Kommunens sponsorer</TableHeaderCell>
            <TableHeaderCell>Tilstand</TableHeaderCell>
            <TableHeaderCell>Kommunens andel</TableHeaderCell>
            <TableHeaderCell>Evaluering</TableHeaderCell>
            <TableHeaderCell>Legitimitet (strukturell)</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="min-w-52 align-top">
                <Link href={`/samarbeid/${row.id}`} className="font-semibold">
                  {row.name}
                </Link>
                <dl className="mt-1 text-sm text-[var(--ds-color-neutral-text-default)]">
                  <dt className="ds-sr-only">Organisasjonsform</dt>
                  <dd>{row.legalForm ?? 'Organisasjonsform ikke valgt'}</dd>
                  <dt className="ds-sr-only">Oppgavefelt</dt>
                  <dd className="bb-muted">{row.taskArea ?? 'Oppgavefelt ikke valgt'}</dd>
                  {row.organisationNumber ? (
                    <div className="bb-muted">
                      <dt className="inline">Org.nr. </dt>
                      <dd className="inline whitespace-nowrap">{formatOrganisationNumber(row.organisationNumber)}</dd>
                    </div>
                  ) : null}
                  {row.hostLabel ? (
                    <div className="bb-muted">
                      <dt className="inline">{row.hostLabel}: </dt>
                      <dd className="inline">{row.hosts.join(', ')}</dd>
                    </div>
                  ) : null}
                </dl>
                {row.isPublic ? null : (
                  <Tag data-color="neutral" data-size="sm" className="mt-2">
                    Ikke i innsyn
                  </Tag>
                )}
              </TableCell>
              <TableCell className="min-w-40 align-top text-sm">
                <span className="font-semibold">{row.members.length}</span> {row.members.length === 1 ? 'deltaker' : 'deltakere'}
                <div className="bb-muted mt-1">{row.members.join(', ')}</div>
              </TableCell>
              <TableCell className="min-w-36 align-top text-sm">
                {row.sponsors.length > 0 ? (
                  <ul>
                    {row.sponsors.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                ) : (
                  <span>Ingen registrert</span>
                )}
              </TableCell>
              <TableCell className="align-top">
                <Tag data-color="info">{STATE_LABELS[row.state]}</Tag>
                {row.startDate ? <div className="bb-muted mt-1 text-sm whitespace-nowrap">Startet {formatDateNb(row.startDate)}</div> : null}
              </TableCell>
              <TableCell className="align-top text-sm">
                <ShareCell share={row.ownShare} />
              </TableCell>
              <TableCell className="align-top text-sm">
                <EvaluationCell last={row.lastEvaluation} next={row.nextEvaluation} />
              </TableCell>
              <TableCell className="align-top">
                <ul className="space-y-1">
                  {CRITERIA.map((c) => (
                    <li key={c}>
                      <TrafficLight criterion={c} value={row.lights[c]} />
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function ShareCell({ share }: { share: OwnShare | null }) {
  if (share === null) return <span>–</span>;
  if (!share.ok) return <span className="bb-muted">Ikke beregnet: {share.reason.charAt(0).toLocaleLowerCase('nb') + share.reason.slice(1)}</span>;
  return (
    <>
      <div className="font-semibold whitespace-nowrap tabular-nums">{formatPercent(share.basisPoints)}</div>
      <div className="whitespace-nowrap tabular-nums">{formatNok(share.amountOre)}</div>
    </>
  );
}

function EvaluationCell({ last, next }: { last: string | null; next: NextEvaluation | null }) {
  return (
    <dl>
      <dt className="inline">Siste: </dt>
      <dd className="inline whitespace-nowrap">{last ? formatDateNb(last) : 'ikke evaluert'}</dd>
      {next ? (
        <div>
          <dt className="inline">Neste: </dt>
          <dd className="inline whitespace-nowrap">
            {next.inProgress ? 'pågår nå' : next.dueDate ? formatDateNb(next.dueDate) : '–'}
            {next.overdue ? (
              <Tag data-color="warning" data-size="sm" className="ml-1">
                Forfalt
              </Tag>
            ) : null}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
