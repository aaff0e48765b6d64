import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { anonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { reportResults } from '@/testing/fixtures/report';
import { RESULTS_CSV_HEADERS, resultsCsv } from './results-csv';

const records = (csv: string) => parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<(typeof RESULTS_CSV_HEADERS)[number], string>[];

describe('the results CSV', () => {
  const csv = resultsCsv(anonymousResults(reportResults()));
  const rows = records(csv);

  it('has the criteria, the anonymous groups, every statement and the comments', () => {
    expect(rows.filter((r) => r.Del.startsWith('Kriterium')).length).toBe(6);
    expect(rows.find((r) => r.Del === 'Kriterium, opplevd' && r.Navn === 'Demokratisk forankring (input)')).toMatchObject({ Svar: '3', Forankring: '75' });
    expect(rows.filter((r) => r.Del === 'Påstand').map((r) => [r.Navn, r['Snitt (1–5)'], r.Poeng, r.Svar, r['Vet ikke']])).toEqual([
      ['Åpenhet om vedtak', '3,5', '63', '2', '1'],
      ['Min kommunes nytte', '', '', '0', '3'],
    ]);
  });

  it('holds no group below three respondents and no comment attributed to one', () => {
    expect(rows.filter((r) => r.Del === 'Perspektiv').map((r) => [r.Navn, r.Svar])).toEqual([['Øvrige (Operativ leder, Politiske sponsorer og Deltakerkommunene)', '3 av 5']]);
    expect(rows.filter((r) => r.Del === 'Deltakerkommune')).toEqual([]);
    for (const value of ['Operativ leder', 'Politiske sponsorer']) {
      expect(rows.filter((r) => r.Navn === value)).toEqual([]);
    }
    expect(rows.find((r) => r.Tekst === 'Referatene kommer sent.')).toMatchObject({ Del: 'Kommentar: Åpenhet om vedtak', Navn: 'Øvrige' });
    // The raw per-perspective scores of the fixture (leader 75/25, politician 100/50) are not in the file.
    expect(csv).not.toMatch(/;100;50;/);
  });

  it.each(['=HYPERLINK("https://evil.example")', '+1+1', '-1+1', '@SUM(1)', '\t=1', '\r=1'])('neutralises %j in every column of every row', (payload) => {
    // Every free text a user can write that reaches the file: statements, goals and all comments.
    const raw = reportResults();
    const c = { perspective: 'radmannsteam' as const, text: payload };
    raw.statements = raw.statements.map((s) => ({ ...s, label: payload, text: payload, comments: [c] }));
    raw.goals = raw.goals.map((g) => ({ ...g, statement: payload, reportedResults: [c], comments: [c] }));
    raw.whatWorks = [c];
    raw.whatToChange = [c];
    const cells = parse(resultsCsv(anonymousResults(raw)), { bom: true, delimiter: ';' }) as string[][];
    expect(cells.length).toBeGreaterThan(10);
    for (const row of cells) {
      expect(row).toHaveLength(RESULTS_CSV_HEADERS.length);
      row.forEach((cell, i) => expect(cell, `column ${RESULTS_CSV_HEADERS[i]}`).not.toMatch(/^[=+\-@\t\r\n]/));
    }
    expect(cells.filter((row) => row.includes(`'${payload}`)).length).toBeGreaterThan(5);
  });

  it('keeps a comment that looks like a formula as text', () => {
    const raw = reportResults();
    raw.whatToChange = [{ perspective: 'radmannsteam', text: '=HYPERLINK("https://x")' }];
    const [row] = records(resultsCsv(anonymousResults(raw))).filter((r) => r.Del === 'Dette bør endres');
    expect(row!.Tekst).toBe(`'=HYPERLINK("https://x")`);
  });
});
