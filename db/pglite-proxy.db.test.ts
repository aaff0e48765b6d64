// The embedded database in a worker thread (db/pglite-proxy.ts + db/pglite-thread.ts), as the
// server opens it: the app's queries through drizzle, transactions committed and rolled back,
// PostgreSQL's error fields, other queries waiting for an open transaction, and the data on disk
// after a stop. Always PGlite, whatever TEST_DATABASE_URL says.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { appliedMigrations, closeDbHandle, getDbHandle, openDb, type DbHandle } from './client';
import { PgliteProxy, wireOptions } from './pglite-proxy';
import { createUser, findUserByEmail } from './queries/users';

const dir = mkdtempSync(path.join(tmpdir(), 'brobygger-thread-'));
let handle: DbHandle;

beforeAll(async () => {
  handle = await openDb({ dataDir: dir, thread: true });
});
afterAll(async () => {
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

describe('the embedded database in a thread of its own', () => {
  it('is migrated and answers the app\'s queries, with the planner\'s costs set on its connection', async () => {
    expect(await appliedMigrations(handle.db)).toBeGreaterThan(0);
    await createUser(handle.db, { email: 'traad@example.no', name: 'Tråd Testesen', passwordHash: 'x' });
    expect((await findUserByEmail(handle.db, 'traad@example.no'))?.name).toBe('Tråd Testesen');
    const [setting] = rowsOf<{ cost: string }>(await handle.db.execute(sql`select current_setting('random_page_cost') as cost`));
    expect(setting).toEqual({ cost: '1.1' });
  });

  it('leaves timestamps as PostgreSQL wrote them, as drizzle asks', async () => {
    const [row] = rowsOf<{ at: unknown }>(await handle.db.execute(sql`select timestamptz '2026-12-06 12:00:00+00' as at`));
    expect(row!.at).toBe('2026-12-06 12:00:00+00');
  });

  it('commits a transaction that returns, and rolls back one that throws, savepoints included', async () => {
    await handle.db.execute(sql`create table if not exists thread_notes (id int primary key, note text not null)`);
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into thread_notes values (1, 'beholdt')`);
      await expect(
        tx.transaction(async (inner) => {
          await inner.execute(sql`insert into thread_notes values (2, 'angret i savepoint')`);
          throw new Error('indre feil');
        }),
      ).rejects.toThrow('indre feil');
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into thread_notes values (3, 'rullet tilbake')`);
        throw new Error('ytre feil');
      }),
    ).rejects.toThrow('ytre feil');
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into thread_notes values (4, 'rullet tilbake med rollback()')`);
      tx.rollback();
    }).catch(() => undefined);
    const ids = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from thread_notes order by id`)).map((r) => r.id);
    expect(ids).toEqual([1]);
  });

  it('carries PostgreSQL\'s error fields across the thread', async () => {
    const err = await handle.db.execute(sql`insert into thread_notes values (1, 'dobbel')`).catch((e: unknown) => e);
    const cause = (err as { cause?: unknown }).cause ?? err;
    expect(cause).toBeInstanceOf(Error);
    expect(cause).toMatchObject({ code: '23505', constraint: 'thread_notes_pkey' });
    // The connection is usable afterwards.
    expect(rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from thread_notes`))[0]).toEqual({ n: 1 });
  });

  it('lets a query from outside wait until an open transaction has ended, and then see its rows', async () => {
    const order: string[] = [];
    let outside: Promise<number> | undefined;
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into thread_notes values (10, 'i transaksjonen')`);
      outside = handle.db
        .execute(sql`select count(*)::int as n from thread_notes where id = 10`)
        .then((r) => {
          order.push('utenfor');
          return rowsOf<{ n: number }>(r)[0]!.n;
        });
      // More work inside the transaction after the outside query was sent.
      await tx.execute(sql`update thread_notes set note = 'oppdatert' where id = 10`);
      order.push('transaksjonen ferdig');
    });
    expect(await outside).toBe(1);
    expect(order).toEqual(['transaksjonen ferdig', 'utenfor']);
  });

  it('keeps what it wrote after a stop, for the next start of the same directory', async () => {
    await handle.close();
    const reopened = await openDb({ dataDir: dir });
    try {
      expect((await findUserByEmail(reopened.db, 'traad@example.no'))?.name).toBe('Tråd Testesen');
    } finally {
      await reopened.close();
    }
    handle = await openDb({ dataDir: dir, thread: true });
  });
});

describe('the proxy itself', () => {
  it('passes drizzle\'s text-keeping parsers as type ids and refuses any other parser', () => {
    expect(wireOptions(undefined)).toBeUndefined();
    expect(wireOptions({ rowMode: 'array', parsers: { 1184: (v) => v, 1082: (v) => v } })).toEqual({ rowMode: 'array', identityParsers: [1082, 1184] });
    expect(() => wireOptions({ parsers: { 1184: (v) => new Date(v) } })).toThrow(/Parseren for type 1184 endrer verdien/);
  });

  it('answers with a Norwegian error once it is closed, and says why it could not open', async () => {
    const proxy = await PgliteProxy.open({ dataDir: 'memory://', setup: [] });
    expect((await proxy.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await proxy.close();
    await expect(proxy.query('select 1')).rejects.toThrow('Den innebygde databasen er lukket.');
    await expect(PgliteProxy.open({ dataDir: 'memory://', setup: ['this is not sql'] })).rejects.toThrow(/syntax error/);
  });
});

describe('the server\'s database', () => {
  it('opens in a thread, and closeDbHandle shuts it down cleanly and releases its directory', async () => {
    const serverDir = mkdtempSync(path.join(tmpdir(), 'brobygger-server-db-'));
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('BROBYGGER_DATA_DIR', serverDir);
    try {
      const first = await getDbHandle();
      expect(first.kind).toBe('pglite');
      await createUser(first.db, { email: 'stopp@example.no', name: 'Stopp Stoppesen', passwordHash: 'x' });
      await closeDbHandle();
      // The lock is released and the data are there for an open in this thread.
      const after = await openDb({ dataDir: serverDir });
      try {
        expect((await findUserByEmail(after.db, 'stopp@example.no'))?.name).toBe('Stopp Stoppesen');
      } finally {
        await after.close();
      }
      await closeDbHandle(); // Nothing open: nothing to do.
    } finally {
      vi.unstubAllEnvs();
      rmSync(serverDir, { recursive: true, force: true });
    }
  });
});
