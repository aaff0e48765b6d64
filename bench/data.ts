// `npm run bench:data`: writes the national-scale dataset into an empty database.
//   DATABASE_URL=postgres://… npm run bench:data                  15,000 cooperations (national)
//   npm run bench:data -- --embedded                               2,000 into PGlite (BROBYGGER_DATA_DIR,
//                                                                  default .data/bench-pglite)
//   options: --cooperations N, --seed N (default 2026), --today YYYY-MM-DD (default today, UTC)
// Migrations and the reference data (municipalities, task areas) are applied first.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { seedReferenceData } from '../db/seed/reference';
import { osloDateOf } from '../lib/pure/domain/iso-date';
import postgres from 'postgres';
import { BENCH_PASSWORD, BENCH_USERS, generateDataset } from './dataset/generate';
import { copyWriter } from './dataset/write';

const { values } = parseArgs({
  options: {
    embedded: { type: 'boolean', default: false },
    cooperations: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    today: { type: 'string' },
  },
});

const embedded = values.embedded || !process.env.DATABASE_URL;
const cooperations = Number(values.cooperations ?? (embedded ? 2000 : 15000));
const seed = Number(values.seed);
const now = values.today ? new Date(`${values.today}T12:00:00.000Z`) : new Date();
if (!Number.isInteger(cooperations) || cooperations < 1 || !Number.isInteger(seed) || Number.isNaN(now.getTime())) {
  console.error('Bruk: npm run bench:data -- [--embedded] [--cooperations N] [--seed N] [--today ÅÅÅÅ-MM-DD]');
  process.exit(2);
}
const dataDir = process.env.BROBYGGER_DATA_DIR ?? path.join(process.cwd(), '.data', 'bench-pglite');
const handle = await openDb(embedded ? { dataDir } : { url: process.env.DATABASE_URL });
// On a server the rows go in with COPY on a connection of their own.
const copy = embedded ? null : postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
try {
  console.log(`Database: ${embedded ? `PGlite i ${dataDir}` : 'PostgreSQL (DATABASE_URL)'}; ${cooperations} samarbeid, frø ${seed}, dato ${osloDateOf(now)}`);
  await seedReferenceData(handle.db);
  const report = await generateDataset(handle.db, { cooperations, seed, now, writer: copy ? copyWriter(copy) : undefined, log: console.log });
  console.log(`\nFerdig på ${(report.milliseconds / 1000).toFixed(1)} s. Rader per tabell:`);
  for (const [table, n] of Object.entries(report.counts)) console.log(`  ${table.padEnd(24)} ${String(n).padStart(8)}`);
  console.log(`\nBrukere (passord ${BENCH_PASSWORD}): ${Object.values(BENCH_USERS).join(', ')}`);
} finally {
  await copy?.end();
  await handle.close();
}
