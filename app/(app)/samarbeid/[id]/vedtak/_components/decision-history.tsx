// Recorded decisions by round, newest round first; members that have left keep their name.
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { MemberDecision } from '@/lib/domain/dossier';
import { DecisionSummary } from './decision-status-table';
import { OutcomeTag } from './outcome-tag';

export function DecisionHistory({ decisions, names, title }: { decisions: MemberDecision[]; names: Record<string, string>; title: string }) {
  const rounds = [...new Set(decisions.map((d) => d.round))].sort((a, b) => b - a);
  return (
    <section aria-labelledby="historikk-tittel" className="bb-panel">
      <Heading level={2} id="historikk-tittel" data-size="sm">
        {title}
      </Heading>
      {rounds.length === 0 ? (
        <Paragraph data-size="sm" className="mt-2">
          Ingen vedtak er registrert.
        </Paragraph>
      ) : (
        rounds.map((round) => (
          <div key={round} className="mt-4 overflow-x-auto">
            <Table border data-color="neutral" className="w-full">
              <caption className="mb-2 text-left font-semibold">Runde {round}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Deltaker</TableHeaderCell>
                  <TableHeaderCell>Behandling</TableHeaderCell>
                  <TableHeaderCell>Utfall</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {decisions
                  .filter((d) => d.round === round)
                  .sort((a, b) => a.date.localeCompare(b.date))
                  .map((d) => (
                    <TableRow key={d.id}>
                      <TableCell>{names[d.memberId] ?? 'Tidligere deltaker'}</TableCell>
                      <TableCell>
                        <DecisionSummary decision={d} memberName={names[d.memberId] ?? 'en tidligere deltaker'} />
                      </TableCell>
                      <TableCell>
                        <OutcomeTag outcome={d.outcome} />
                      </TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          </div>
        ))
      )}
    </section>
  );
}
