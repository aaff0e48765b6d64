// The numbers of a round's results as tables: perceived beside structural per criterion,
// per perspective, and against the previous round.
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { formatDate } from '@/lib/format';
import type { RoundResults } from '@/lib/domain/evaluation-results';
import { CRITERION_LABELS, TRAFFIC_LIGHT_LABELS, trafficLight, type Criterion } from '@/lib/domain/legitimacy';
import { CRITERIA } from '@/lib/domain/perceived';
import { PERSPECTIVE_GROUP_DESCRIPTIONS, PERSPECTIVE_GROUP_LABELS, PERSPECTIVE_GROUPS } from '@/lib/domain/questionnaire';

export const CRITERION_SHORT: Readonly<Record<Criterion, string>> = { input: 'Forankring', throughput: 'Åpenhet', output: 'Resultater' };

/** "72 (grønn)", or a dash when there is no score. */
export function scoreText(score: number | null): string {
  return score === null ? '–' : `${score} (${TRAFFIC_LIGHT_LABELS[trafficLight(score)].toLowerCase()})`;
}

/** "+5", "−3", "0", or a dash when there is nothing to compare. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

export function ScoreTable({ results }: { results: RoundResults }) {
  return (
    <Table border className="w-full" data-testid="poengtabell">
      <caption className="text-left text-sm font-semibold">Poeng 0–100 per kriterium</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Kriterium</TableHeaderCell>
          <TableHeaderCell>Opplevd (svarene)</TableHeaderCell>
          <TableHeaderCell>Strukturell (dataene)</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {CRITERIA.map((c) => (
          <TableRow key={c}>
            <TableHeaderCell scope="row">{CRITERION_LABELS[c]}</TableHeaderCell>
            <TableCell>
              {scoreText(results.criteria[c].perceived.score)}
              <span className="bb-muted block text-xs">{results.criteria[c].perceived.respondents} har svart</span>
            </TableCell>
            <TableCell>{scoreText(results.criteria[c].structural.score)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function PerspectiveTable({ results }: { results: RoundResults }) {
  const previous = results.previous;
  return (
    <Table border className="w-full" data-testid="perspektiver">
      <caption className="ds-sr-only">Opplevd poeng per perspektiv{previous ? ', med endring fra forrige runde' : ''}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Perspektiv</TableHeaderCell>
          <TableHeaderCell>Svar</TableHeaderCell>
          {CRITERIA.map((c) => (
            <TableHeaderCell key={c}>{CRITERION_SHORT[c]}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {PERSPECTIVE_GROUPS.map((g) => (
          <TableRow key={g}>
            <TableHeaderCell scope="row">
              {PERSPECTIVE_GROUP_LABELS[g]}
              <span className="bb-muted block text-xs font-normal">{PERSPECTIVE_GROUP_DESCRIPTIONS[g]}</span>
            </TableHeaderCell>
            <TableCell>
              {results.responses.byPerspective[g].answered} av {results.responses.byPerspective[g].invited}
            </TableCell>
            {CRITERIA.map((c) => (
              <TableCell key={c}>
                {results.perspectives[g].criteria[c] ?? '–'}
                {previous && previous.perspectives[g][c].change !== null ? <span className="bb-muted"> ({changeText(previous.perspectives[g][c].change)})</span> : null}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ComparisonTable({ results }: { results: RoundResults }) {
  const previous = results.previous;
  if (!previous) return <p className="mt-2 text-sm">Dette er den første evalueringsrunden, så det er ingen tidligere runde å sammenligne med.</p>;
  return (
    <Table border className="mt-3 w-full" data-testid="sammenligning">
      <caption className="text-left text-sm">
        Runde {previous.roundNumber} ble lukket {formatDate(previous.closedAt)}
        {previous.questionnaireVersion !== results.questionnaireVersion ? ' med en annen versjon av spørreskjemaet' : ''}.
      </caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Kriterium</TableHeaderCell>
          <TableHeaderCell>Opplevd før</TableHeaderCell>
          <TableHeaderCell>Opplevd nå</TableHeaderCell>
          <TableHeaderCell>Endring</TableHeaderCell>
          <TableHeaderCell>Strukturell før</TableHeaderCell>
          <TableHeaderCell>Strukturell nå</TableHeaderCell>
          <TableHeaderCell>Endring</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {CRITERIA.map((c) => (
          <TableRow key={c}>
            <TableHeaderCell scope="row">{CRITERION_SHORT[c]}</TableHeaderCell>
            <TableCell>{previous.perceived[c].previous ?? '–'}</TableCell>
            <TableCell>{results.criteria[c].perceived.score ?? '–'}</TableCell>
            <TableCell>{changeText(previous.perceived[c].change)}</TableCell>
            <TableCell>{previous.structural[c].previous ?? '–'}</TableCell>
            <TableCell>{results.criteria[c].structural.score ?? '–'}</TableCell>
            <TableCell>{changeText(previous.structural[c].change)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
