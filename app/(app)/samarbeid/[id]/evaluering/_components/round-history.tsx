// The closed rounds of a cooperation, newest first, with a link to each round's results.
import Link from 'next/link';
import { Heading, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatDate } from '@/lib/pure/format';

export interface ClosedRoundView {
  id: string;
  number: number;
  reason: 'plan' | 'forespurt';
  openedAt: Date;
  closedAt: Date | null;
  invited: number;
  answered: number;
  decision: 'opprettholde' | 'redesign' | 'avvikle' | null;
}

export const REASON_LABELS = { plan: 'Etter planen', forespurt: 'På forespørsel' } as const;
const DECISION_LABELS = { opprettholde: 'Opprettholde', redesign: 'Redesign', avvikle: 'Avvikle' } as const;

export function RoundHistory({ cooperationId, rounds }: { cooperationId: string; rounds: ClosedRoundView[] }) {
  return (
    <section aria-labelledby="tidligere-tittel" className="bb-panel">
      <Heading level={2} id="tidligere-tittel" data-size="xs">
        Avsluttede evalueringer
      </Heading>
      {rounds.length === 0 ? (
        <p className="mt-2 text-sm">Samarbeidet har ikke avsluttet noen evaluering ennå.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <Table border className="w-full">
            <caption className="ds-sr-only">Avsluttede evalueringsrunder</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Runde</TableHeaderCell>
                <TableHeaderCell>Grunn</TableHeaderCell>
                <TableHeaderCell>Åpnet</TableHeaderCell>
                <TableHeaderCell>Lukket</TableHeaderCell>
                <TableHeaderCell>Svar</TableHeaderCell>
                <TableHeaderCell>Beslutning</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rounds.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <Link href={`/samarbeid/${cooperationId}/evaluering/${r.id}`}>Runde {r.number}</Link>
                  </TableCell>
                  <TableCell>{REASON_LABELS[r.reason]}</TableCell>
                  <TableCell>{formatDate(r.openedAt)}</TableCell>
                  <TableCell>{r.closedAt ? formatDate(r.closedAt) : '–'}</TableCell>
                  <TableCell>
                    {r.answered} av {r.invited}
                  </TableCell>
                  <TableCell>{r.decision ? DECISION_LABELS[r.decision] : 'Ikke tatt ennå'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
