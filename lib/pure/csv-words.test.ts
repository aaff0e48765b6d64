// The signed-in CSV exports in nynorsk and English: headers and fixed words translated, the
// file format (and bokmål, the default) unchanged. The public export keeps its bokmål names.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { anonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { readyDossier } from '@/testing/fixtures/domain';
import { reportResults } from '@/testing/fixtures/report';
import { BOKMAAL_CSV, csvWords } from './csv-words';
import { PUBLIC_CSV_HEADERS, REGISTER_CSV_HEADERS, registerCsv, registerCsvHeaders } from './register/csv';
import { registerRow } from './register/row';
import { RESULTS_CSV_HEADERS, resultsCsv, resultsCsvHeaders } from './report/results-csv';

const NOW = new Date('2025-06-01T10:00:00Z');
const records = (csv: string) => parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
const row = () => registerRow(readyDossier(), { kommunenummer: '4203', taskArea: 'Legevakt', isPublic: true }, NOW);

describe('the register export in the requester’s language', () => {
  it('keeps the bokmål headers word for word by default', () => {
    expect(registerCsvHeaders()).toEqual([...REGISTER_CSV_HEADERS]);
    expect(registerCsvHeaders(BOKMAAL_CSV)[0]).toBe('Samarbeid');
    expect(registerCsvHeaders(csvWords('nb'))).toEqual([...REGISTER_CSV_HEADERS]);
  });

  it('names the columns and the fixed words in nynorsk', () => {
    const [record] = records(registerCsv([row()], csvWords('nn')));
    expect(Object.keys(record!)).toContain('Deltakarar');
    expect(Object.keys(record!)).toContain('Input (poeng av 100)');
    expect(record!['Blir vist i innsyn']).toBe('Ja');
    expect(record!.Tilstand).toBe('Etablering');
    expect(['Grøn', 'Gul', 'Raud', 'Ukjend']).toContain(record!.Input);
  });

  it('names the columns and the fixed words in English, keeping the Norwegian file format', () => {
    const csv = registerCsv([row()], csvWords('en'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('Cooperation;Organisation number;Legal form;Task area');
    const [record] = records(csv);
    expect(record!['Shown in the public register']).toBe('Yes');
    expect(record!.State).toBe('Being set up');
    expect(record!['Input (points out of 100)']).toMatch(/^\d*$/);
    expect(['Green', 'Yellow', 'Red', 'Unknown']).toContain(record!.Input);
  });

  it('leaves the public open-data export’s column names alone (bokmål)', () => {
    expect(PUBLIC_CSV_HEADERS[0]).toBe('Samarbeid');
  });
});

describe('the results export in the requester’s language', () => {
  const results = anonymousResults(reportResults());

  it('keeps the bokmål headers by default', () => {
    expect(resultsCsvHeaders()).toEqual([...RESULTS_CSV_HEADERS]);
  });

  it('is in nynorsk', () => {
    const rows = records(resultsCsv(results, csvWords('nn')));
    expect(Object.keys(rows[0]!)).toEqual(['Del', 'Namn', 'Svar', 'Forankring', 'Openheit', 'Resultat', 'Snitt (1–5)', 'Poeng', 'Veit ikkje', 'Tekst']);
    expect(rows.find((r) => r.Del === 'Kriterium, opplevd' && r.Namn === 'Demokratisk forankring (input)')).toMatchObject({ Svar: '3', Forankring: '75' });
  });

  it('is in English, with the decimal comma Norwegian Excel expects', () => {
    const rows = records(resultsCsv(results, csvWords('en')));
    expect(Object.keys(rows[0]!)).toEqual(['Part', 'Name', 'Responses', 'Anchoring', 'Transparency', 'Results', 'Mean (1–5)', 'Points', 'Don’t know', 'Text']);
    expect(rows.find((r) => r.Part === 'Criterion, perceived' && r.Name === 'Democratic anchoring (input)')).toMatchObject({ Responses: '3', Anchoring: '75' });
    expect(rows.filter((r) => r.Part === 'Statement').map((r) => r['Mean (1–5)'])).toContain('3,5');
  });
});
