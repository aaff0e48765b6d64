// Migrate and seed one database; shared by `npm start`, `npm run db:migrate` and the e2e setup.
import { openDb, appliedMigrations, withStartupLock, type DbKind } from '../db/client';
import { seedIfEmpty, type SeedReport } from './seed';

const SEED_LOCK_KEY = 727_1602; // next to db/client.ts's migration lock

export async function prepareDatabase(options: { url?: string; demo: boolean }): Promise<{ kind: DbKind; migrations: number; seed: SeedReport }> {
  const handle = await openDb({ url: options.url });
  try {
    // Two instances starting on an empty database must not both seed it.
    const seed = await withStartupLock(options.url, SEED_LOCK_KEY, () => seedIfEmpty(handle.db, { demo: options.demo }));
    return { kind: handle.kind, migrations: await appliedMigrations(handle.db), seed };
  } finally {
    await handle.close();
  }
}
