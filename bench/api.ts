// Benchmark: the national list of the open API (GET /api/v1/samarbeid) over HTTP with 10
// concurrent connections, p50/p95/p99 of the whole answer (Next, rate limit, validation,
// SQL, response schema, JSON, ETag). Target: p95 ≤ 150 ms on the national dataset. Not
// part of npm test. Needs a production build (npm run build); it starts `next start` on a
// free port against DATABASE_URL and stops it afterwards.
//
//   DATABASE_URL=postgres://… npm run bench:data     # the national dataset (bench/dataset), once
//   DATABASE_URL=postgres://… npm run bench:api      # then this
//   BENCH_API_URL=http://localhost:3000 npm run bench:api   # against a server already running (same DATABASE_URL)
//
// The mix: first pages without filters and with each filter (county, legal form, state, task
// area) and pages deep in the list (a cursor at a random id), as clients paging through do.
// The server keeps each answer for API_CACHE_MS (default 1 s); set it to 0 to measure every
// request against the database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { getDb } from '../db/client';
import { seedReferenceData } from '../db/seed/reference';
import { cooperations, municipalities, taskAreas } from '../db/schema';
import { encodeCursor } from '../lib/pure/api/v1/cursor';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const WARM_UP = 50;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `next start` on a free port against DATABASE_URL, answered /api/health before we go on. */
async function startServer(): Promise<{ url: string; server: ChildProcess }> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error('Fant ikke et produksjonsbygg. Kjør `npm run build` først.');
  const port = await freePort();
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // One address sends everything here: measure the work, not the limiter.
    env: { ...process.env, API_RATE_LIMIT_PER_MINUTE: '0', NEXTAUTH_SECRET: 'bench-only', REMINDERS_INTERVAL_MINUTES: '0', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('Serveren svarte ikke på /api/health.');
}

/**
 * CPU seconds used so far by the app server and by this database's server processes (Linux
 * /proc; 0 elsewhere). Divided by the requests, it is the work one answer costs, which a busy
 * shared machine distorts far less than the wall-clock latencies.
 */
function cpuSeconds(serverPid: number | undefined, database: string): { app: number; db: number } {
  const ticks = (pid: string) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  };
  let db = 0;
  if (existsSync('/proc')) {
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (cmd.startsWith('postgres:') && cmd.includes(` ${database} `)) db += ticks(pid);
      } catch {
        // gone already
      }
    }
  }
  return { app: serverPid ? ticks(String(serverPid)) : 0, db };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Sett DATABASE_URL til databasen som skal måles (den samme som serveren bruker).');
  const db = await getDb();
  await seedReferenceData(db);
  const [{ total, visible }] = (await db
    .select({ total: sql<number>`count(*)::int`, visible: sql<number>`count(*) filter (where ${cooperations.isPublic} and ${cooperations.state} <> 'utkast')::int` })
    .from(cooperations)) as [{ total: number; visible: number }];
  const ids = (await db.select({ id: cooperations.id }).from(cooperations)).map((r) => r.id);
  const counties = (await db.selectDistinct({ c: municipalities.countyNumber }).from(municipalities)).map((r) => r.c);
  const areas = (await db.select({ id: taskAreas.id }).from(taskAreas)).map((r) => r.id);
  console.log(`Database: PostgreSQL (DATABASE_URL); ${total} samarbeid, ${visible} offentlige`);

  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  const queries: (() => string)[] = [
    () => '',
    () => '',
    () => `county=${pick(counties)}`,
    () => `legalForm=${pick(['iks', 'vertskommune_administrativ', 'ko', 'ipr', 'avtale'])}`,
    () => `state=${pick(['drift', 'etablering', 'avviklet'])}`,
    () => `taskArea=${pick(areas)}`,
    () => `cursor=${encodeCursor('samarbeid', pick(ids))}`,
    () => `county=${pick(counties)}&cursor=${encodeCursor('samarbeid', pick(ids))}`,
  ];
  const started = process.env.BENCH_API_URL ? null : await startServer();
  const base = process.env.BENCH_API_URL ?? started!.url;

  async function once(limit: number): Promise<number> {
    const url = `${base}/api/v1/samarbeid?limit=${limit}&${pick(queries)()}`;
    const begun = performance.now();
    const response = await fetch(url);
    await response.text();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return performance.now() - begun;
  }

  console.log(`Maskinen: ${(await import('node:os')).cpus().length} kjerner, belastning (1 min) ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
  // Deep pages (random cursors) always miss the answer cache; API_CACHE_MS=0 measures without it.
  console.log(`Svarbuffer (API_CACHE_MS): ${process.env.API_CACHE_MS || '1000'} ms`);
  for (const limit of [25, 100]) {
    for (let i = 0; i < WARM_UP; i++) await once(limit);
    const times: number[] = [];
    let issued = 0;
    const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const cpuBefore = cpuSeconds(started?.server.pid, database);
    const clock = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (issued < REQUESTS) {
          issued++;
          times.push(await once(limit));
        }
      }),
    );
    const seconds = (performance.now() - clock) / 1000;
    const cpuAfter = cpuSeconds(started?.server.pid, database);
    const perRequest = (a: number, b: number) => (((b - a) * 1000) / times.length).toFixed(1);
    const sorted = times.sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(
      `limit=${String(limit).padStart(3)}: ${times.length} forespørsler, ${CONCURRENCY} samtidige, ${(times.length / seconds).toFixed(0)}/s · ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms · p95 ${p95.toFixed(1)} ms · p99 ${percentile(sorted, 99).toFixed(1)} ms · maks ${sorted.at(-1)!.toFixed(1)} ms · ` +
        `${p95 <= 150 ? 'innenfor' : 'OVER'} målet p95 ≤ 150 ms · CPU per svar: app ${perRequest(cpuBefore.app, cpuAfter.app)} ms, database ${perRequest(cpuBefore.db, cpuAfter.db)} ms`,
    );
  }
  started?.server.kill();
  process.exit(0);
}

await main();
