// Counts the SQL statements a piece of code runs, for tests that insist a page's queries do
// not grow with the number of cooperations (no N+1). Pass `logger` to createTestDb / openDb:
// drizzle hands it every statement, transactions included.
import type { Logger } from 'drizzle-orm';

export interface QueryCounter {
  logger: Logger;
  /** The statements `fn` ran (nothing else may use the database meanwhile). */
  count(fn: () => Promise<unknown>): Promise<{ queries: number; statements: string[] }>;
}

export function queryCounter(): QueryCounter {
  let log: string[] | null = null;
  return {
    logger: {
      logQuery(query) {
        log?.push(query);
      },
    },
    async count(fn) {
      if (log) throw new Error('queryCounter: count() calls must not overlap.');
      log = [];
      try {
        await fn();
        return { queries: log.length, statements: log };
      } finally {
        log = null;
      }
    },
  };
}
