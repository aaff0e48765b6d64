// The national-scale dataset: seeded, deterministic (same seed and day -> same rows), written
// in chunks so memory stays flat whatever the size. The reference data (357 municipalities,
// task areas) must be in place; this adds the bench users, then the cooperations.
import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { count } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { listTaskAreas } from '@/db/queries/municipalities';
import { cooperations, municipalities, roleAssignments, users } from '@/db/schema';
import { hashPassword } from '@/lib/server/auth/password';
import { buildCooperation, emptyRows, type Rows } from './build';
import { regionOf, weighMunicipalities, type WeightedMunicipality } from './municipalities';
import { insertWriter, TABLE_ORDER, writeRows, type Writer } from './write';

export const BENCH_PASSWORD = 'brobygger-bench-2026';
export const BENCH_USERS = {
  admin: 'admin@bench.brobygger.no',
  oslo: 'radmannsteam.oslo@bench.brobygger.no',
  kristiansand: 'radmannsteam.kristiansand@bench.brobygger.no',
  /** Political sponsor for Bergen in SPONSORED cooperations in drift. */
  sponsor: 'sponsor.bergen@bench.brobygger.no',
} as const;
export const SPONSORED = 50;
const SPONSOR_KOMMUNE = '4601';
const CHUNK = 250;

export interface GenerateOptions {
  cooperations: number;
  seed: number;
  now: Date;
  /** How rows reach the database; multi-row INSERTs through `db` by default. */
  writer?: Writer;
  log?: (line: string) => void;
}

export interface GenerateReport {
  counts: Record<keyof Rows, number>;
  milliseconds: number;
}

export async function generateDataset(db: Db, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const [existing] = await db.select({ n: count() }).from(cooperations);
  if ((existing?.n ?? 0) > 0) throw new Error('Databasen har allerede samarbeid. Datasettet skrives bare inn i en tom database (med kommunelisten).');
  const faker = new Faker({ locale: [nb_NO, en, base], seed: options.seed });
  const list = await db.select({ kommunenummer: municipalities.kommunenummer, name: municipalities.name, countyNumber: municipalities.countyNumber }).from(municipalities);
  if (list.length === 0) throw new Error('Kommunelisten mangler: kjør migreringene og referansedataene først.');
  const weighted = weighMunicipalities(list, faker);
  const byRegion = new Map<string, WeightedMunicipality[]>();
  for (const m of weighted) byRegion.set(regionOf(m.countyNumber), [...(byRegion.get(regionOf(m.countyNumber)) ?? []), m]);
  const taskAreas = (await listTaskAreas(db)).map((a) => ({ id: a.id, name: a.name }));

  // One argon2 hash for every generated account: hashing 15,000 passwords would take minutes.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const writer = options.writer ?? insertWriter(db);
  const people = await insertPeople(writer, faker, weighted, passwordHash, options.now);
  let sponsored = 0;
  const sponsorFor = (kommunenummer: string, state: string) => (kommunenummer === SPONSOR_KOMMUNE && state === 'drift' && sponsored < SPONSORED ? (sponsored++, people.sponsor) : null);

  const counts = Object.fromEntries(TABLE_ORDER.map((k) => [k, 0])) as Record<keyof Rows, number>;
  counts.users = people.users;
  counts.roleAssignments = people.grants;
  const ctx = { faker, now: options.now, municipalities: weighted, byRegion, taskAreas, passwordHash, sponsorFor };
  // The next chunk is built while the previous one is on its way to the database.
  let writing: Promise<void> = Promise.resolve();
  for (let done = 0; done < options.cooperations; done += CHUNK) {
    const rows = emptyRows();
    const upTo = Math.min(options.cooperations, done + CHUNK);
    for (let i = done; i < upTo; i++) buildCooperation(ctx, rows);
    await writing;
    for (const key of TABLE_ORDER) counts[key] += rows[key].length;
    writing = writeRows(writer, rows).then(() => log(`  ${upTo} av ${options.cooperations} samarbeid (${((performance.now() - started) / 1000).toFixed(0)} s)`));
  }
  await writing;
  return { counts, milliseconds: performance.now() - started };
}

/** The signed-in people of the benchmarks, and a rådmannsteam for every municipality. */
async function insertPeople(writer: Writer, faker: Faker, list: readonly WeightedMunicipality[], passwordHash: string, now: Date): Promise<{ sponsor: string; users: number; grants: number }> {
  const named = [
    { email: BENCH_USERS.admin, role: 'administrator' as const, kommunenummer: null },
    { email: BENCH_USERS.oslo, role: 'radmannsteam' as const, kommunenummer: '0301' },
    { email: BENCH_USERS.kristiansand, role: 'radmannsteam' as const, kommunenummer: '4204' },
    ...list.filter((m) => m.kommunenummer !== '0301' && m.kommunenummer !== '4204').map((m) => ({ email: `radmannsteam.${m.kommunenummer}@bench.brobygger.no`, role: 'radmannsteam' as const, kommunenummer: m.kommunenummer })),
  ];
  const people = named.map((p) => ({ ...p, id: faker.string.uuid(), name: faker.person.fullName() }));
  const sponsor = { id: faker.string.uuid(), email: BENCH_USERS.sponsor, name: faker.person.fullName() };
  await writer.write(users, [...people, sponsor].map((p) => ({ id: p.id, email: p.email, name: p.name, passwordHash })));
  await writer.write(roleAssignments, people.map((p) => ({ id: faker.string.uuid(), userId: p.id, role: p.role, kommunenummer: p.kommunenummer, cooperationId: null, grantedAt: now })));
  return { sponsor: sponsor.id, users: people.length + 1, grants: people.length };
}
