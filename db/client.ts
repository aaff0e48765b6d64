// The one place that picks the database driver and applies migrations.
// DATABASE_URL set -> PostgreSQL server through postgres.js; unset -> embedded PGlite under .data/.
import path from 'node:path';
import fs from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type Logger } from 'drizzle-orm';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: every query function takes one of these first. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
const MIGRATION_LOCK_KEY = 727_1601; // arbitrary constant shared by every Brobygger process

export function defaultDataDir(): string {
  return process.env.BROBYGGER_DATA_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

export interface OpenOptions {
  /** PostgreSQL URL; when absent the embedded database is used. */
  url?: string;
  /** PGlite directory; 'memory://' for a throwaway in-memory database. */
  dataDir?: string;
  /** Sees every query the returned db runs (tests count them with testing/query-count.ts). */
  logger?: Logger;
  /** PGlite only: start from this dump of a data directory (tests start from a migrated template). */
  loadDataDir?: Blob;
  /**
   * PGlite only: run the database in a worker thread of its own (db/pglite-proxy.ts), so its
   * queries use another core than the one rendering pages. The server does (see getDbHandle);
   * scripts and tests keep it in their own thread.
   */
  thread?: boolean;
}

export async function openDb(options: OpenOptions = {}): Promise<DbHandle> {
  if (options.url) return openPostgres(options.url, options.logger);
  const dataDir = options.dataDir ?? defaultDataDir();
  if (options.thread && !options.loadDataDir) return openPgliteThread(dataDir, options.logger);
  return openPglite(dataDir, options.logger, options.loadDataDir);
}

async function openPostgres(url: string, logger?: Logger): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // Migrate on a single dedicated connection holding an advisory lock, so two processes
  // starting at once apply each migration exactly once.
  const migrationClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrationClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate(drizzle({ client: migrationClient }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await migrationClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await migrationClient.end();
  }
  const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {}, connection: sessionSettings() });
  const db = drizzle({ client, schema, logger }) as unknown as Db;
  return { db, kind: 'postgres', close: () => client.end() };
}

/**
 * Settings for the app's own connections.
 * - Parallel query is off unless DATABASE_PARALLEL_WORKERS says otherwise: the app's queries are
 *   short, and on a small server (two cores shared with the app) starting workers cost more than
 *   they saved — "Mine samarbeid" for Oslo took 68 ms with two workers and 34 ms without, and
 *   each worker took a core from the requests beside it.
 * - A random read costs 1.1 sequential ones (DATABASE_RANDOM_PAGE_COST), PostgreSQL's usual
 *   advice for SSDs and data in memory; its default of 4 is for spinning disks. With 4 the planner
 *   read all 15,000 cooperations of the national database to find Oslo's 1,100 (the register's
 *   task-area filter: 65 ms); with 1.1 it looks them up by key (5 ms).
 */
export function sessionSettings(env: Readonly<Record<string, string | undefined>> = process.env): {
  application_name: string;
  max_parallel_workers_per_gather: string;
  random_page_cost: string;
} {
  const workers = Number(env.DATABASE_PARALLEL_WORKERS ?? 0);
  const randomPageCost = Number(env.DATABASE_RANDOM_PAGE_COST ?? 1.1);
  // Strings: postgres.js leaves falsy values (the number 0) out of the startup message.
  return {
    application_name: 'brobygger',
    max_parallel_workers_per_gather: String(Number.isInteger(workers) && workers >= 0 ? workers : 0),
    random_page_cost: String(Number.isFinite(randomPageCost) && randomPageCost > 0 ? randomPageCost : 1.1),
  };
}

/** PGlite is single-process: a second process opening the same directory would corrupt it. */
async function lockDataDir(dataDir: string): Promise<(() => Promise<void>) | undefined> {
  if (dataDir.startsWith('memory://')) return undefined;
  fs.mkdirSync(dataDir, { recursive: true });
  const lockfile = await import('proper-lockfile');
  try {
    return await lockfile.lock(dataDir, { stale: 15_000, update: 5_000, realpath: false });
  } catch {
    throw new Error(`Den innebygde databasen i ${dataDir} er i bruk av en annen Brobygger-prosess. Stopp den først, eller bruk DATABASE_URL.`);
  }
}

/** The planner's costs, set once on PGlite's one connection (the data sit in memory; see sessionSettings). */
const pgliteSetup = (): string[] => [`set random_page_cost = ${Number(sessionSettings().random_page_cost)}`];

async function openPgliteThread(dataDir: string, logger?: Logger): Promise<DbHandle> {
  const { PgliteProxy } = await import('./pglite-proxy');
  const release = await lockDataDir(dataDir);
  let client: { close(): Promise<void> } | undefined;
  try {
    client = await PgliteProxy.open({ dataDir, setup: pgliteSetup() });
    return await migratedPglite(client, logger, release);
  } catch (err) {
    // A thread that started is stopped before the directory is let go.
    await client?.close().catch(() => undefined);
    await release?.();
    throw err;
  }
}

async function openPglite(dataDir: string, logger?: Logger, loadDataDir?: Blob): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const release = await lockDataDir(dataDir);
  const client = new PGlite({ dataDir, loadDataDir });
  // One connection for the whole process: the planner's costs are set on it once.
  for (const statement of pgliteSetup()) await client.exec(statement);
  return migratedPglite(client, logger, release);
}

/**
 * Drizzle over a PGlite, in this thread or behind the proxy (which answers the calls drizzle's
 * PGlite session makes: query, transaction), migrated. Closing it releases the directory too.
 */
async function migratedPglite(client: { close(): Promise<void> }, logger: Logger | undefined, release: (() => Promise<void>) | undefined): Promise<DbHandle> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const pglite = client as import('@electric-sql/pglite').PGlite;
  const db = drizzle({ client: pglite, schema, logger }) as unknown as Db;
  await migrate(drizzle({ client: pglite }), { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      await release?.();
    },
  };
}

/**
 * Runs `fn` while holding a PostgreSQL session-level advisory lock on a connection of its
 * own, so two instances starting at once do it one after the other (e.g. seeding an empty
 * database). Without a URL (PGlite: one process) it just runs `fn`.
 */
export async function withStartupLock<T>(url: string | undefined, key: number, fn: () => Promise<T>): Promise<T> {
  if (!url) return fn();
  const { default: postgres } = await import('postgres');
  const lockClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${key})`;
    try {
      return await fn();
    } finally {
      await lockClient`select pg_advisory_unlock(${key})`;
    }
  } finally {
    await lockClient.end();
  }
}

/** Number of migrations recorded as applied (for the health endpoint). */
export async function appliedMigrations(db: Db): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows;
  return Number(list[0]?.n ?? 0);
}

const globalForDb = globalThis as unknown as { brobyggerDb?: Promise<DbHandle> };

/** The process-wide database, opened and migrated once (survives Next's module reloads). */
export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.brobyggerDb) {
    // The embedded database runs in a thread of its own unless BROBYGGER_PGLITE_THREAD=0.
    const thread = process.env.BROBYGGER_PGLITE_THREAD !== '0';
    globalForDb.brobyggerDb = openDb({ url: process.env.DATABASE_URL || undefined, thread }).catch((err: unknown) => {
      globalForDb.brobyggerDb = undefined;
      throw err;
    });
  }
  return globalForDb.brobyggerDb;
}

/**
 * Closes the process-wide database if it was opened. The server does when it is told to stop, so
 * the embedded database ends with a clean shutdown (and its directory's lock is released) instead
 * of being cut off with the process.
 */
export async function closeDbHandle(): Promise<void> {
  const opened = globalForDb.brobyggerDb;
  globalForDb.brobyggerDb = undefined;
  const handle = await opened?.catch(() => undefined);
  await handle?.close();
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
