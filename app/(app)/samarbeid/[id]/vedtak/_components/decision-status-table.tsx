// Every current member and where it stands in the open round: the latest decision counts.
// Each row says what can be done with it: register a decision, or why nothing more is needed;
// and a registered decision can be corrected.
import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { MemberDecision } from '@/lib/pure/domain/dossier';
import type { MemberDecisionStatus } from '@/lib/pure/domain/readiness';
import { formatDate } from '@/lib/pure/format';
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

/** The link that opens the correction form for one decision. */
export function CorrectLink({ href, memberName }: { href: string; memberName: string }) {
  return (
    <Link href={href}>
      Rett<span className="ds-sr-only"> vedtaket fra {memberName}</span>
    </Link>
  );
}

export interface DecisionLinks {
  record: (memberId: string) => string;
  correct: (decisionId: string) => string;
}

export function DecisionStatusTable({ status, links }: { status: MemberDecisionStatus; links: DecisionLinks | null }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <Table border data-color="neutral" className="w-full" data-testid="vedtak-status">
        <caption className="ds-sr-only">Status for hver deltaker i vedtaksrunde {status.round}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Deltaker</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Siste behandling</TableHeaderCell>
            {links ? <TableHeaderCell>Handlinger</TableHeaderCell> : null}
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
              {links ? (
                <TableCell>
                  <div className="flex flex-col gap-1">
                    {outcome !== 'tilslutning' ? (
                      <Link href={links.record(memberId)} scroll={false}>
                        Registrer<span className="ds-sr-only"> vedtak for {memberName}</span>
                      </Link>
                    ) : (
                      <span className="bb-muted text-sm">Har sluttet seg til – ikke noe mer å registrere</span>
                    )}
                    {decision ? <CorrectLink href={links.correct(decision.id)} memberName={memberName} /> : null}
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
