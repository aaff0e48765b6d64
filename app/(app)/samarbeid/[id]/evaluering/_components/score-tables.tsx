// The numbers of a round's results as tables: perceived beside structural per criterion,
// per group (perspective or member municipality, anonymous), across all rounds, and against
// the previous round.
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatDate } from '@/lib/pure/format';
import { OTHERS_KEY, type AnonymousGroups } from '@/lib/pure/domain/anonymity';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { CRITERION_LABELS, TRAFFIC_LIGHT_LABELS, trafficLight, type Criterion } from '@/lib/pure/domain/legitimacy';
import { joinNb } from '@/lib/pure/domain/nb-text';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { PERSPECTIVE_GROUP_DESCRIPTIONS, PERSPECTIVE_GROUPS } from '@/lib/pure/domain/questionnaire';

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

export function ScoreTable({ results }: { results: AnonymousResults }) {
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

const DESCRIPTION_OF: Readonly<Record<string, string>> = Object.fromEntries(PERSPECTIVE_GROUPS.map((g) => [g, PERSPECTIVE_GROUP_DESCRIPTIONS[g]]));

/** A table of anonymous groups: each row has at least three respondents (lib/pure/domain/anonymity.ts). */
export function GroupTable({ groups, heading, caption, testId }: { groups: AnonymousGroups; heading: string; caption: string; testId: string }) {
  return (
    <Table border className="w-full" data-testid={testId}>
      <caption className="ds-sr-only">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{heading}</TableHeaderCell>
          <TableHeaderCell>Svar</TableHeaderCell>
          {CRITERIA.map((c) => (
            <TableHeaderCell key={c}>{CRITERION_SHORT[c]}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.rows.map((r) => (
          <TableRow key={r.key}>
            <TableHeaderCell scope="row">
              {r.label}
              <span className="bb-muted block text-xs font-normal">{r.key === OTHERS_KEY ? `Samlet: ${joinNb(r.includes)}` : (DESCRIPTION_OF[r.key] ?? '')}</span>
            </TableHeaderCell>
            <TableCell>{r.invited === null ? r.respondents : `${r.respondents} av ${r.invited}`}</TableCell>
            {CRITERIA.map((c) => (
              <TableCell key={c}>{r.criteria[c] ?? '–'}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Perceived and structural points in every closed round up to this one. */
export function TrendTable({ results }: { results: AnonymousResults }) {
  if (results.trend.length < 2) return <p className="mt-2 text-sm">Dette er den første avsluttede evalueringsrunden, så det er ingen utvikling å vise ennå.</p>;
  return (
    <Table border className="mt-3 w-full" data-testid="utvikling">
      <caption className="ds-sr-only">Opplevd og strukturell legitimitet i alle avsluttede runder</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Runde</TableHeaderCell>
          {CRITERIA.map((c) => (
            <TableHeaderCell key={`o-${c}`}>{CRITERION_SHORT[c]}, opplevd</TableHeaderCell>
          ))}
          {CRITERIA.map((c) => (
            <TableHeaderCell key={`s-${c}`}>{CRITERION_SHORT[c]}, strukturell</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {results.trend.map((t) => (
          <TableRow key={t.roundNumber}>
            <TableHeaderCell scope="row">
              Runde {t.roundNumber}
              <span className="bb-muted block text-xs font-normal">{formatDate(t.closedAt)}</span>
            </TableHeaderCell>
            {CRITERIA.map((c) => (
              <TableCell key={`o-${c}`}>{t.perceived[c] ?? '–'}</TableCell>
            ))}
            {CRITERIA.map((c) => (
              <TableCell key={`s-${c}`}>{t.structural[c] ?? '–'}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ComparisonTable({ results }: { results: AnonymousResults }) {
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
