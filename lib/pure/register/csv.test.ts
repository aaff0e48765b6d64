// The CSV parsed back with csv-parse must give the register rows exactly: every cell of
// every row, read by header, against the row it came from.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { readyDossier } from '@/testing/fixtures/domain';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { csvFileName, hundredths, nextEvaluationText, REGISTER_CSV_HEADERS, registerCsv, shareCells } from './csv';
import { leakyDossier } from '@/testing/fixtures/register';
import { registerRow, type RegisterRow } from './row';

const NOW = new Date('2025-06-01T10:00:00Z');

function rows(): RegisterRow[] {
  const tricky = readyDossier();
  tricky.id = 'tricky';
  tricky.name = 'Samarbeid; med "anførselstegn", komma og\nlinjeskift – æøå ÆØÅ';
  return [
    registerRow(readyDossier(), { kommunenummer: '4203', taskArea: 'Legevakt', isPublic: true }, NOW),
    registerRow(leakyDossier(), { kommunenummer: '4202', taskArea: null, isPublic: false, organisationNumber: '974760673' }, NOW),
    registerRow(tricky, { kommunenummer: '4215', taskArea: 'Brann og redning', isPublic: true }, NOW),
  ];
}

/** What each header must hold for a row, written out independently of the CSV module. */
function expected(row: RegisterRow): Record<string, string> {
  const light = (c: 'input' | 'throughput' | 'output') => ({ groenn: 'Grønn', gul: 'Gul', roed: 'Rød', ukjent: 'Ukjent' })[row.lights[c].light];
  const score = (c: 'input' | 'throughput' | 'output') => (row.lights[c].score === null ? '' : String(row.lights[c].score));
  const share = row.ownShare?.ok ? row.ownShare : null;
  return {
    Samarbeid: row.name,
    Organisasjonsnummer: row.organisationNumber ?? '',
    Organisasjonsform: row.legalForm ?? 'Ikke valgt',
    Oppgavefelt: row.taskArea ?? 'Ikke valgt',
    'Vertskommune/kontorkommune': row.hosts.join(', '),
    Deltakere: row.members.join(', '),
    'Kommunens sponsorer': row.sponsors.join(', '),
    Tilstand: STATE_LABELS[row.state],
    Startdato: row.startDate ? formatDateNb(row.startDate) : '',
    'Kommunens andel (%)': share ? (share.basisPoints / 100).toFixed(2).replace('.', ',') : '',
    'Kommunens andel (kr)': share ? (share.amountOre / 100).toFixed(2).replace('.', ',') : '',
    'Siste evaluering': row.lastEvaluation ? formatDateNb(row.lastEvaluation) : 'Ikke evaluert',
    'Neste evaluering': row.nextEvaluation === null ? 'Ikke i drift' : row.nextEvaluation.inProgress ? 'Pågår' : row.nextEvaluation.dueDate ? formatDateNb(row.nextEvaluation.dueDate) : '',
    Input: light('input'),
    'Input (poeng av 100)': score('input'),
    Throughput: light('throughput'),
    'Throughput (poeng av 100)': score('throughput'),
    Output: light('output'),
    'Output (poeng av 100)': score('output'),
    'Vises i innsyn': row.isPublic ? 'Ja' : 'Nei',
  };
}

describe('registerCsv', () => {
  const data = rows();
  const csv = registerCsv(data);

  it('starts with the UTF-8 byte order mark and uses semicolons and CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${REGISTER_CSV_HEADERS.join(';')}`);
  });

  it('parses back to exactly the register rows', () => {
    const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(data.length);
    parsed.forEach((record, i) => expect(record).toEqual(expected(data[i]!)));
  });

  it('writes dates as dd.mm.yyyy and a missing evaluation in words', () => {
    const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(parsed[1]!['Siste evaluering']).toBe('15.03.2025');
    expect(parsed[0]!['Siste evaluering']).toBe('Ikke evaluert');
  });

  it('survives separators, quotes, line breaks and Norwegian letters in a name', () => {
    const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(parsed[2]!.Samarbeid).toBe('Samarbeid; med "anførselstegn", komma og\nlinjeskift – æøå ÆØÅ');
  });

  it('keeps a formula-looking name as text (every column: lib/pure/register/csv-injection.test.ts)', () => {
    const row = { ...data[0]!, name: '=HYPERLINK("https://evil.example")' };
    const parsed = parse(registerCsv([row]), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(parsed[0]!.Samarbeid).toBe(`'=HYPERLINK("https://evil.example")`);
  });
});

describe('the new register columns', () => {
  it('writes shares and amounts as Norwegian decimals Excel reads as numbers', () => {
    expect(hundredths(3334)).toBe('33,34');
    expect(hundredths(125_000_050)).toBe('1250000,50');
    expect(hundredths(-5)).toBe('-0,05');
    expect(shareCells({ ok: true, basisPoints: 5000, amountOre: 100 })).toEqual(['50,00', '1,00']);
    expect(shareCells({ ok: false, reason: 'Budsjettet er ikke fastsatt.' })).toEqual(['', '']);
    expect(shareCells(null)).toEqual(['', '']);
  });

  it('says when the next evaluation is due, open or not scheduled', () => {
    expect(nextEvaluationText(null)).toBe('Ikke i drift');
    expect(nextEvaluationText({ dueDate: '2026-01-01', overdue: true, inProgress: false })).toBe('01.01.2026');
    expect(nextEvaluationText({ dueDate: '2026-01-01', overdue: false, inProgress: true })).toBe('Pågår');
    expect(nextEvaluationText({ dueDate: null, overdue: false, inProgress: false })).toBe('');
  });

  it('holds the organisation number and the own share of a cooperation with a cost key', () => {
    const parsed = parse(registerCsv(rows()), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(parsed[1]!.Organisasjonsnummer).toBe('974760673');
    expect(parsed[1]!['Kommunens andel (%)']).not.toBe('');
    expect(parsed[1]!.Startdato).toBe('01.03.2024');
  });
});

describe('csvFileName', () => {
  it('is ASCII, dated and names the municipality', () => {
    expect(csvFileName('samarbeidsregister', 'Bærum Ås Tromsø', '2025-06-01')).toBe('samarbeidsregister-baerum-as-tromso-2025-06-01.csv');
    expect(csvFileName('x', 'Guovdageaidnu – Kautokeino', '2025-06-01')).toBe('x-guovdageaidnu-kautokeino-2025-06-01.csv');
  });
});

describe('tableCsv', () => {
  it('writes any table with the register conventions and keeps formulas as text', async () => {
    const { tableCsv } = await import('./csv');
    const csv = tableCsv(['Navn', 'Antall'], [['Ålesund; "sentrum"', 3], ['=1+1', 0]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(parse(csv, { bom: true, delimiter: ';' })).toEqual([['Navn', 'Antall'], ['Ålesund; "sentrum"', '3'], ["'=1+1", '0']]);
  });
});
