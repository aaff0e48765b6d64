// Test databases for *.db.test.ts: an in-memory PGlite (from the migrated template global-setup.ts
// makes), or, when TEST_DATABASE_URL is set,
// a fresh database created on that PostgreSQL server for this test file and dropped after.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Logger } from 'drizzle-orm';
import { openDb, type DbHandle } from '@/db/client';

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDb extends DbHandle {
  /** A second, independent connection pool to the same database (for concurrency tests). */
  url: string | null;
}

export async function createTestDb(options: { logger?: Logger } = {}): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // The migrated template from global-setup.ts when there is one (migrations still run: none are new).
    const template = process.env.BROBYGGER_TEST_TEMPLATE;
    const loadDataDir = template && fs.existsSync(template) ? new Blob([fs.readFileSync(template)]) : undefined;
    const handle = await openDb({ dataDir: 'memory://', logger: options.logger, loadDataDir });
    return { ...handle, url: null };
  }
  const { default: postgres } = await import('postgres');
  const name = `brobygger_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString(), logger: options.logger });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
