// Migrate and seed one database; shared by `npm start`, `npm run db:migrate` and the e2e setup.
import { openDb, appliedMigrations, type DbKind } from '../db/client';
import { seedIfEmpty, type SeedReport } from '../db/seed';

export async function prepareDatabase(options: { url?: string; demo: boolean }): Promise<{ kind: DbKind; migrations: number; seed: SeedReport }> {
  const handle = await openDb({ url: options.url });
  try {
    const seed = await seedIfEmpty(handle.db, { demo: options.demo });
    return { kind: handle.kind, migrations: await appliedMigrations(handle.db), seed };
  } finally {
    await handle.close();
  }
}
