// Two instances starting at once on an empty PostgreSQL database: migrations and seeding
// each happen once (advisory locks), and both start. PGlite admits one process, so this
// runs only against a server (TEST_DATABASE_URL, as in CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { taskAreas } from '@/db/schema';
import { countMunicipalities } from '@/db/queries/municipalities';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { prepareDatabase } from './prepare-db';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});

afterAll(async () => {
  await t?.close();
});

describe.runIf(testDatabaseKind === 'postgres')('starting two instances at once', () => {
  it('seeds the reference data once and both succeed', async () => {
    const [first, second] = await Promise.all([prepareDatabase({ url: t.url!, demo: false }), prepareDatabase({ url: t.url!, demo: false })]);
    expect(first.migrations).toBe(second.migrations);
    expect(first.seed.municipalities + second.seed.municipalities).toBe(357);
    const [a] = await t.db.select({ n: count() }).from(taskAreas);
    expect(await countMunicipalities(t.db)).toBe(357);
    expect(a!.n).toBe(first.seed.taskAreas + second.seed.taskAreas);
  });
});
