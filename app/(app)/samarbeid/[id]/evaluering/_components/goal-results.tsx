// Goal attainment as the respondents judged it, with the indicator results they reported.
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { formatNumberNb } from '@/lib/pure/domain/nb-text';
import { CommentList } from './comment-list';

export function GoalResults({ goals }: { goals: AnonymousResults['goals'] }) {
  if (goals.length === 0) return <p className="mt-2 text-sm">Samarbeidet hadde ingen registrerte mål da runden ble lukket.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <Table border className="w-full" data-testid="maaloppnaaelse">
        <caption className="ds-sr-only">Måloppnåelse per mål, 1 (langt unna) til 5 (nådd)</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Mål</TableHeaderCell>
            <TableHeaderCell>Måloppnåelse (1–5)</TableHeaderCell>
            <TableHeaderCell>Rapporterte resultater og kommentarer</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {goals.map((g) => (
            <TableRow key={g.goalId}>
              <TableHeaderCell scope="row" className="font-normal">
                <span className="font-semibold">{g.statement}</span>
                <span className="bb-muted block text-xs">
                  {g.indicator || 'Ingen indikator'}. Utgangspunkt {g.baseline || '–'}, mål {g.target || '–'}.
                </span>
              </TableHeaderCell>
              <TableCell>
                {g.tally.mean === null ? '–' : formatNumberNb(g.tally.mean, 2)}
                <span className="bb-muted block text-xs">
                  {g.tally.answered} svar, {g.tally.dontKnow} vet ikke
                </span>
              </TableCell>
              <TableCell>
                <CommentList comments={g.reportedResults} />
                <CommentList comments={g.comments} empty={g.reportedResults.length === 0 ? 'Ingen resultater eller kommentarer.' : undefined} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
