// Benchmark: how the municipal register and the "Mine samarbeid" dashboard scale with the
// number of cooperations a municipality takes part in (norwegian municipalities have 30-40
// on average, NIVI 2017; a big city may have 100+). Not part of npm test; run with
// `npm run bench` (embedded PGlite in memory, or DATABASE_URL for a server database).
import { performance } from 'node:perf_hooks';
import { openDb } from '../db/client';
import { seedReferenceData } from '../db/seed/reference';
import { insertCooperationFromDossier } from '../db/queries/dossier-import';
import { registerRows } from '../db/queries/register';
import { loadDashboard } from '../db/queries/dashboard';
import { readyDossier } from '../testing/fixtures/domain';
import type { SessionUser } from '../lib/pure/auth/roles';

const SIZES = [10, 40, 100];
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main() {
  const handle = await openDb(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory://' });
  const now = new Date();
  try {
    await seedReferenceData(handle.db);
    const template = readyDossier();
    const kommunenummer = template.members.find((m) => m.kommunenummer)!.kommunenummer!;
    const user: SessionUser = { id: '00000000-0000-4000-8000-000000000000', email: 'bench@example.no', name: 'Bench', roles: [{ role: 'radmannsteam', kommunenummer, cooperationId: null }] };
    console.log(`Database: ${handle.kind}; municipality ${kommunenummer}; median of ${RUNS} runs`);
    console.log('cooperations | register rows (ms) | dashboard (ms) | heap after (MiB)');
    let inserted = 0;
    for (const size of SIZES) {
      for (; inserted < size; inserted++) {
        await insertCooperationFromDossier(handle.db, { ...template, id: `bench-${inserted}`, name: `${template.name} ${inserted + 1}`, state: 'drift', startDate: '2024-01-01' });
      }
      const register = await time(() => registerRows(handle.db, kommunenummer, now));
      const dashboard = await time(() => loadDashboard(handle.db, user));
      const heap = process.memoryUsage().heapUsed / 2 ** 20;
      console.log(`${String(size).padStart(12)} | ${register.toFixed(0).padStart(18)} | ${dashboard.toFixed(0).padStart(14)} | ${heap.toFixed(0).padStart(16)}`);
    }
  } finally {
    await handle.close();
  }
}

await main();
