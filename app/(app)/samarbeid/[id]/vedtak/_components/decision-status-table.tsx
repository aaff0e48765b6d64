// Every current member and where it stands in the open round: the latest decision counts.
import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { MemberDecision } from '@/lib/domain/dossier';
import type { MemberDecisionStatus } from '@/lib/domain/readiness';
import { formatDate } from '@/lib/format';
import { OutcomeTag } from './outcome-tag';

/** "Kommunestyret 12.02.2026, sak 26/31", linked to the decision when there is a link. */
export function DecisionSummary({ decision, memberName }: { decision: MemberDecision; memberName: string }) {
  const text = `${decision.body} ${formatDate(decision.date)}${decision.saksnummer ? `, sak ${decision.saksnummer}` : ''}`;
  if (!decision.url) return <>{text}</>;
  return (
    <a href={decision.url} target="_blank" rel="noopener noreferrer">
      {text}
      <span className="ds-sr-only"> – vedtaket fra {memberName} (åpnes i ny fane)</span>
    </a>
  );
}

export function DecisionStatusTable({ status, recordHref }: { status: MemberDecisionStatus; recordHref: ((memberId: string) => string) | null }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <Table border data-color="neutral" className="w-full" data-testid="vedtak-status">
        <caption className="ds-sr-only">Status for hver deltaker i vedtaksrunde {status.round}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Deltaker</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Siste behandling</TableHeaderCell>
            {recordHref ? (
              <TableHeaderCell>
                <span className="ds-sr-only">Handlinger</span>
              </TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {status.members.map(({ memberId, memberName, decision, outcome }) => (
            <TableRow key={memberId}>
              <TableCell>{memberName}</TableCell>
              <TableCell>
                <OutcomeTag outcome={outcome} />
              </TableCell>
              <TableCell>{decision ? <DecisionSummary decision={decision} memberName={memberName} /> : '–'}</TableCell>
              {recordHref ? (
                <TableCell>
                  {outcome !== 'tilslutning' ? (
                    <Link href={recordHref(memberId)} scroll={false}>
                      Registrer<span className="ds-sr-only"> vedtak for {memberName}</span>
                    </Link>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
