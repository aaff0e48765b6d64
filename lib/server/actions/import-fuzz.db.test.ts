// The fuzz test for the spreadsheet import, the one action that parses a file from the user
// (the general fuzz test, testing/security/fuzz.db.test.ts, rarely gets a file past validation).
// A rådmannsteam member of the importing municipality sends generated files through the
// action door: garbage bytes, corrupted and truncated copies of a real workbook, CSV with
// formulas, control characters and odd columns. Asserted for each: no unexpected error
// (what would be a 500), and a refused import changes nothing.
import fc from 'fast-check';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cooperationMembers, cooperations, workflowEvents } from '@/db/schema';
import { listTaskAreas } from '@/db/queries/municipalities';
import { seedReferenceData } from '@/db/seed/reference';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { IMPORT_COLUMNS } from '@/lib/pure/import/columns';
import { importFixture } from '@/testing/fixtures/import';
import { importWorkbook } from '@/lib/pure/import/template';
import { createTestUser } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { fileValues } from '@/testing/fuzz';
import { importSpec, previewImport, runImport } from './import';

const NOW = new Date('2026-03-01T09:00:00Z');
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);
const RUNS = 60;

let t: TestDb;
let radmann: SessionUser;
let workbook: Uint8Array;
const counts = { requests: 0, refused: 0, accepted: 0 };

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Fuzz Importør', role: 'radmannsteam', kommunenummer: '4204' });
  workbook = new Uint8Array(await importWorkbook(importFixture(5, { seed: 77 }), await listTaskAreas(t.db)));
}, 120_000);
afterAll(async () => {
  console.log(`[fuzz] import (${testDatabaseKind}): ${counts.requests} requests; ${counts.refused} refused, ${counts.accepted} accepted; seed ${SEED}`);
  await t?.close();
});

async function changes(): Promise<string> {
  const n = async (table: typeof cooperations | typeof cooperationMembers | typeof workflowEvents | typeof auditLog) => (await t.db.select({ n: count() }).from(table))[0]!.n;
  return [await n(cooperations), await n(cooperationMembers), await n(workflowEvents), await n(auditLog)].join('/');
}

/** A real workbook with bytes overwritten, or cut short: the zip/XML reader's hard cases. */
const corruptedWorkbook = fc
  .tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), fc.option(fc.nat()))
  .map(([edits, cut]) => {
    const bytes = workbook.slice(0, cut === null ? undefined : 30 + (cut % workbook.length));
    for (const [at, value] of edits) bytes[at % bytes.length] = value;
    return new File([bytes], 'skadet.xlsx');
  });

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('=HYPERLINK("https://evil.example")', '4204', '42', '01.01.2009', '31.02.2009', '974760673', 'IKS', 'Legevakt', '\u0000', '"; drop table cooperations; --', 'Æ'.repeat(5000)),
);
/** CSV under the template's headers (sometimes with a column dropped) and generated rows. */
const generatedCsv = fc
  .tuple(fc.nat(), fc.array(fc.array(cell, { minLength: 1, maxLength: IMPORT_COLUMNS.length + 2 }), { maxLength: 8 }))
  .map(([drop, rows]) => {
    const headers = IMPORT_COLUMNS.map((c) => c.header).filter((_, i) => i !== drop % (IMPORT_COLUMNS.length + 3));
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    return new File([[headers, ...rows].map((r) => r.map(quote).join(';')).join('\r\n')], 'generert.csv');
  });

describe(`fuzz: spreadsheet import (${testDatabaseKind})`, () => {
  const handlers: [string, (input: Parameters<typeof runImport>[0], ctx: ActionContext, now: Date) => Promise<unknown>][] = [
    ['previewImport', previewImport],
    ['runImport', runImport],
  ];
  for (const [name, handler] of handlers) {
    it(`${name}: no unexpected error for any file, and no change when refused`, async () => {
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(fc.oneof(fileValues(), corruptedWorkbook, generatedCsv), async (file) => {
          const before = await changes();
          counts.requests += 1;
          const result = await runAction(importSpec, (i, ctx: ActionContext) => handler(i, ctx, NOW), { kommunenummer: '4204', file }, { getUser: async () => radmann, getDb: async () => t.db });
          if (result.ok) {
            counts.accepted += 1;
            return true;
          }
          counts.refused += 1;
          if (result.code === 'error') failures.push(`${name} ${file.name} (${file.size} B): ${result.message}`);
          const after = await changes();
          if (after !== before) failures.push(`${name} ${file.name}: refused (${result.code}) but changed ${before} -> ${after}`);
          return result.code !== 'error' && after === before;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      expect(failures).toEqual([]);
    }, 240_000);
  }

  it('left the database consistent (no half-written import)', async () => {
    const orphans = await t.db.execute(sql`select count(*)::int as n from cooperations c where not exists (select 1 from workflow_events e where e.cooperation_id = c.id)`);
    const rows = (Array.isArray(orphans) ? orphans : (orphans as { rows: { n: number }[] }).rows) as { n: number }[];
    expect(rows[0]!.n).toBe(0);
  });
});
