// Benchmark: importing a municipality's spreadsheet of existing cooperations. Times the whole
// import of a 500-row XLSX file as the page runs it (read, validate, match against the
// database, write, register every row into drift with its history) and checks the 10 s
// budget of issue 9. Not part of npm test; run with `npm run bench:import` (embedded PGlite
// in memory, or DATABASE_URL for a server database).
import { performance } from 'node:perf_hooks';
import { openDb } from '../db/client';
import { seedReferenceData } from '../db/seed/reference';
import { listTaskAreas } from '../db/queries/municipalities';
import { users } from '../db/schema';
import { actionContext } from '../lib/server/action-core';
import { runImport } from '../lib/server/actions/import';
import type { SessionUser } from '../lib/pure/auth/roles';
import { importFixture } from '../testing/fixtures/import';
import { importWorkbook } from '../lib/pure/import/template';
import { checkAllConsistency } from '../workflows/cooperation/consistency';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 500);
const BUDGET_MS = 10_000;

async function main() {
  const handle = await openDb(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory://' });
  try {
    await seedReferenceData(handle.db);
    const [row] = await handle.db.insert(users).values({ email: `bench-import-${Date.now()}@example.no`, name: 'Benk Import', passwordHash: 'ikke-i-bruk' }).returning({ id: users.id });
    const user: SessionUser = { id: row!.id, email: 'bench@example.no', name: 'Benk Import', roles: [{ role: 'radmannsteam', kommunenummer: '4204', cooperationId: null }] };
    const seed = Date.now() % 9000;
    const workbook = await importWorkbook(importFixture(ROWS, { seed }), await listTaskAreas(handle.db));
    const file = new File([new Uint8Array(workbook)], `benk-${ROWS}.xlsx`);
    console.log(`Database: ${handle.kind}; ${ROWS} rows; file ${(workbook.length / 1024).toFixed(0)} KiB`);

    const started = performance.now();
    const summary = await runImport({ kommunenummer: '4204', file }, actionContext(handle.db, user));
    const first = performance.now() - started;
    console.log(`import of ${ROWS} rows: ${(first / 1000).toFixed(2)} s (${summary.imported} imported, ${summary.existing} already there)`);

    const again = performance.now();
    const repeat = await runImport({ kommunenummer: '4204', file }, actionContext(handle.db, user));
    console.log(`same file again:   ${((performance.now() - again) / 1000).toFixed(2)} s (${repeat.imported} imported, ${repeat.existing} already there)`);

    const consistency = await checkAllConsistency(handle.db);
    console.log(`consistency check: ${consistency.reports.filter((r) => !r.ok).length} problems in ${consistency.reports.length} cooperations`);
    const ok = summary.imported === ROWS && repeat.imported === 0 && consistency.ok && first <= BUDGET_MS;
    console.log(ok ? `OK: within the ${BUDGET_MS / 1000} s budget` : `FAILED: budget ${BUDGET_MS / 1000} s, or rows/consistency wrong`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await handle.close();
  }
}

await main();
