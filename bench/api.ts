// Benchmark: the national list of the open API (GET /api/v1/samarbeid) under 10 concurrent
// clients, p50/p95/p99 of the full handler (rate limit, validation, SQL, response schema,
// JSON, ETag). Target: p95 ≤ 150 ms on the national dataset. Not part of npm test.
//
//   DATABASE_URL=postgres://… npm run bench:api                # against what the database holds
//   DATABASE_URL=postgres://… npm run bench:api -- --generate 15000   # first add a national dataset (bench/api-dataset.ts)
//   BENCH_API_URL=http://localhost:3000 npm run bench:api      # over HTTP against a running server
//
// The mix: first pages without filters and with each filter (county, legal form, state, task
// area) and pages deep in the list (a cursor at a random id), as clients paging through do.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { getDb } from '../db/client';
import { seedReferenceData } from '../db/seed/reference';
import { cooperations, municipalities, taskAreas } from '../db/schema';
import { encodeCursor } from '../lib/api/v1/cursor';
import { existingBenchCooperations, generateNationalDataset } from './api-dataset';

process.env.API_RATE_LIMIT_PER_MINUTE = '0'; // one address sends everything here; measure the work, not the limiter
const CONCURRENCY = 10;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const WARM_UP = 50;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  if (!process.env.DATABASE_URL && !process.env.BENCH_API_URL) throw new Error('Sett DATABASE_URL (eller BENCH_API_URL for en kjørende server).');
  const db = await getDb();
  await seedReferenceData(db);
  const generate = argument('--generate');
  if (generate) {
    const started = performance.now();
    await generateNationalDataset(db, Number(generate));
    console.log(`Genererte ${generate} samarbeid på ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const [{ total, visible }] = (await db
    .select({ total: sql<number>`count(*)::int`, visible: sql<number>`count(*) filter (where ${cooperations.isPublic} and ${cooperations.state} <> 'utkast')::int` })
    .from(cooperations)) as [{ total: number; visible: number }];
  const ids = (await db.select({ id: cooperations.id }).from(cooperations)).map((r) => r.id);
  const counties = (await db.selectDistinct({ c: municipalities.countyNumber }).from(municipalities)).map((r) => r.c);
  const areas = (await db.select({ id: taskAreas.id }).from(taskAreas)).map((r) => r.id);
  console.log(`Database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : '–'}; ${total} samarbeid, ${visible} offentlige; ${await existingBenchCooperations(db)} fra benk-generatoren`);

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
  const { GET } = process.env.BENCH_API_URL ? { GET: null } : await import('../app/api/v1/samarbeid/route');
  const base = process.env.BENCH_API_URL ?? 'http://bench.local';

  async function once(limit: number): Promise<number> {
    const url = `${base}/api/v1/samarbeid?limit=${limit}&${pick(queries)()}`;
    const started = performance.now();
    const response = GET ? await GET(new NextRequest(url), { params: Promise.resolve({}) }) : await fetch(url);
    await response.text();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return performance.now() - started;
  }

  for (const limit of [25, 100]) {
    for (let i = 0; i < WARM_UP; i++) await once(limit);
    const times: number[] = [];
    let issued = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (issued < REQUESTS) {
          issued++;
          times.push(await once(limit));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const sorted = times.sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(
      `limit=${String(limit).padStart(3)}: ${times.length} forespørsler, ${CONCURRENCY} samtidige, ${(times.length / seconds).toFixed(0)}/s · ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms · p95 ${p95.toFixed(1)} ms · p99 ${percentile(sorted, 99).toFixed(1)} ms · maks ${sorted.at(-1)!.toFixed(1)} ms · ` +
        `${p95 <= 150 ? 'innenfor' : 'OVER'} målet p95 ≤ 150 ms`,
    );
  }
  process.exit(0);
}

await main();
