// `npm run bench`: the pages of issue 12 against a production build on the national dataset.
//   DATABASE_URL=postgres://… npm run bench          PostgreSQL server (npm run bench:data first)
//   npm run bench -- --embedded                       PGlite in BROBYGGER_DATA_DIR (default .data/bench-pglite)
//   options: --seconds 20 (per page) --connections 10 --timeout 60 --rounds 5 --out result.json
// Builds when the sources are newer than the build, starts the server as `npm start` does,
// signs in, loads every page with autocannon beside a baseline route in the same run, and
// reports percentiles, throughput relative to the baseline, transitions, exports, server RSS
// and the time from start to healthy. Not part of `npm test`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { build, needsBuild } from '../scripts/build-state';
import { openDb } from '../db/client';
import { refreshSummaries } from '../lib/server/jobs/summaries';
import { BENCH_PASSWORD, BENCH_USERS } from './dataset/generate';
import { actionId, signIn, timeRequest, type Timed } from './lib/http';
import { load, percentile, waitForIdle, type LoadResult } from './lib/load';
import { printReport } from './lib/report';
import { rssSampler, startServer } from './lib/server';
import { resolveTargets } from './lib/targets';
import { runTransitions } from './lib/transitions';

const { values } = parseArgs({
  options: {
    embedded: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '10' },
    timeout: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const timeoutSeconds = Number(values.timeout);
const embedded = values.embedded || !process.env.DATABASE_URL;
const dataDir = process.env.BROBYGGER_DATA_DIR ?? path.join(process.cwd(), '.data', 'bench-pglite');
const database = embedded ? { dataDir } : { url: process.env.DATABASE_URL! };

if (needsBuild()) {
  console.log('Bygger produksjonsbygget (next build) …');
  if (build() !== 0) process.exit(1);
}
const pool = await resolveTargets(database, connections * 2);

// The morning after the nightly summary job (lib/server/jobs/summaries.ts): the state the pages are
// measured in. Run here, before the server starts (PGlite has one process), and timed.
const nightly = await (async () => {
  const handle = await openDb(database);
  try {
    const started = performance.now();
    const count = await refreshSummaries(handle.db, new Date());
    return { count, ms: performance.now() - started };
  } finally {
    await handle.close();
  }
})();
console.log(`Nattlig sammendragsjobb: ${nightly.count} samarbeid på ${(nightly.ms / 1000).toFixed(1)} s.`);
console.log(`Database: ${embedded ? `PGlite (${dataDir})` : 'PostgreSQL (DATABASE_URL)'}; samarbeidssiden: ${pool.cooperationId} (${pool.members} deltakere)`);

const server = await startServer({
  ...(embedded ? { BROBYGGER_DATA_DIR: dataDir, DATABASE_URL: '' } : { DATABASE_URL: process.env.DATABASE_URL! }),
  BROBYGGER_DEMO: '0',
  BROBYGGER_JOBS: '0',
  REMINDERS_INTERVAL_MINUTES: '0',
  NEXTAUTH_SECRET: 'bench-only-secret-not-used-anywhere-else',
});
console.log(`Serveren svarte på /api/health etter ${(server.startMs / 1000).toFixed(1)} s.`);
const rss = rssSampler(server.child.pid!);
try {
  const [oslo, kristiansand, sponsor, admin] = await Promise.all([
    signIn(server.url, BENCH_USERS.oslo, BENCH_PASSWORD),
    signIn(server.url, BENCH_USERS.kristiansand, BENCH_PASSWORD),
    signIn(server.url, BENCH_USERS.sponsor, BENCH_PASSWORD),
    signIn(server.url, BENCH_USERS.admin, BENCH_PASSWORD),
  ]);
  const pages = [
    { label: '/register/0301 (Oslo)', path: '/register/0301', cookie: oslo },
    { label: '/register/4204 (Kristiansand)', path: '/register/4204', cookie: kristiansand },
    { label: '/oversikt, rådmannsteam Oslo', path: '/oversikt', cookie: oslo },
    { label: '/oversikt, rådmannsteam Kristiansand', path: '/oversikt', cookie: kristiansand },
    { label: '/oversikt, sponsor i 50 samarbeid', path: '/oversikt', cookie: sponsor },
    { label: '/samarbeid/<id>', path: `/samarbeid/${pool.cooperationId}`, cookie: oslo },
    { label: '/innsyn/kommune/0301', path: '/innsyn/kommune/0301' },
    { label: '/innsyn/samarbeid/<id>', path: `/innsyn/samarbeid/${pool.cooperationId}` },
  ];

  // One request per page first: the single-request time and size, and a warm-up.
  const single: (Timed & { label: string })[] = [];
  for (const p of [...pages, { label: '/samarbeid (administrator)', path: '/samarbeid', cookie: admin }]) {
    rss.mark(`single ${p.label}`);
    single.push({ label: p.label, ...(await timeRequest(server.url, p.path, p.cookie, timeoutSeconds * 1000)) });
    await waitForIdle(server.url);
  }

  const loads: (LoadResult & { rssPeak: number })[] = [];
  const measure = async (target: { label: string; path: string; cookie?: string }) => {
    rss.mark(target.label);
    const result = await load(server.url, target, { connections, seconds, timeoutSeconds });
    const idle = await waitForIdle(server.url);
    loads.push({ ...result, rssPeak: rss.peak(target.label) });
    console.log(`  ${target.label}: ${result.completed} svar, p95 ${result.p95 ?? '–'} ms (ventet ${idle.toFixed(0)} s på ledig server)`);
  };
  console.log(`Last: ${connections} samtidige forbindelser, ${seconds} s per side, tidsavbrudd ${timeoutSeconds} s`);
  await measure({ label: 'baseline /api/health', path: '/api/health' });
  // Two reference pages with no target of their own: the floor a rendered page starts from on
  // this machine. /om is text with no data and no sign-in; /profil is the smallest signed-in
  // page (the signed-in layout, the session and three short queries).
  await measure({ label: 'referanse: /om (tekstside, ingen data)', path: '/om' });
  await measure({ label: 'referanse: /profil (minste innloggede side)', path: '/profil', cookie: oslo });
  for (const p of pages) await measure(p);
  await measure({ label: 'baseline /api/health (etter)', path: '/api/health' });

  rss.mark('transitions');
  const transitions = await runTransitions(server.url, {
    actionId: actionId('app/(app)/samarbeid/[id]/actions.ts', 'takeStepAction'),
    cookie: oslo,
    pool: pool.transitionPool,
    workers: connections,
    rounds: Number(values.rounds),
  });
  await waitForIdle(server.url);

  const exports: (Timed & { label: string })[] = [];
  for (const e of [
    { label: 'registeret for Oslo som CSV (/api/register/0301)', path: '/api/register/0301', cookie: oslo },
    { label: 'offentlig CSV for Oslo (/innsyn/kommune/0301/samarbeid.csv)', path: '/innsyn/kommune/0301/samarbeid.csv' },
    { label: 'nasjonal offentlig CSV (/innsyn/samarbeid.csv)', path: '/innsyn/samarbeid.csv' },
  ]) {
    rss.mark(`export ${e.label}`);
    exports.push({ label: e.label, ...(await timeRequest(server.url, e.path, e.cookie, 180_000)) });
    await waitForIdle(server.url);
  }
  rss.stop();

  const sorted = [...transitions.latencies].sort((a, b) => a - b);
  const report = {
    date: new Date().toISOString(),
    database: embedded ? 'pglite' : 'postgres',
    settings: { connections, seconds, timeoutSeconds },
    startMs: server.startMs,
    nightlySummaries: nightly,
    single,
    loads,
    transitions: { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), failures: transitions.failures },
    exports,
    rssPeakMiB: rss.peak(),
  };
  printReport(report);
  if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
} finally {
  rss.stop();
  await server.stop();
}
