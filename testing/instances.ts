// A second "app instance" for concurrency tests: an independent connection pool to the same
// database when the tests run on a PostgreSQL server (TEST_DATABASE_URL), as two app
// processes behind a load balancer would have. PGlite is one process with one connection,
// so there the second instance shares the first one's handle and the test still checks the
// logic, serialised.
import { openDb, type DbHandle } from '@/db/client';
import type { TestDb } from './db';

export async function secondInstance(first: TestDb): Promise<DbHandle & { independent: boolean }> {
  if (!first.url) return { ...first, independent: false, close: async () => {} };
  return { ...(await openDb({ url: first.url })), independent: true };
}
