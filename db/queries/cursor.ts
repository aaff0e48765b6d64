import 'server-only';
// Reading a long result in batches through a server-side cursor (DECLARE … FETCH), for the
// exports: memory holds one batch whatever the size of the result, and the same code runs on
// PostgreSQL and PGlite. A cursor lives in a transaction, and a transaction lives inside its
// callback, so the callback hands each batch over and waits until the consumer asks for the
// next one. A consumer that stops (the client went away) rolls the transaction back.
import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client';
import { rowsOf } from './rows-of';


interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Stopped extends Error {}

/**
 * A batch and the transaction the cursor lives in: read what the batch needs through `db`.
 * PGlite has one connection, which the open transaction holds, so a query outside it would
 * wait for the export to end.
 */
export interface CursorBatch<T> {
  rows: T[];
  db: Db;
}

let cursors = 0;

/**
 * The rows of `query` in batches of `batchSize`, in the query's order. Column names are the
 * database's (select with explicit aliases, e.g. only ids). Breaking out of the loop, or an
 * aborted `signal`, closes the cursor and ends the transaction.
 */
export async function* cursorBatches<T>(db: Db, query: SQLWrapper, batchSize: number, signal?: AbortSignal): AsyncGenerator<CursorBatch<T>> {
  const name = `export_${process.pid}_${++cursors}`;
  let mailbox = deferred<CursorBatch<T> | null>();
  let ack = deferred<boolean>();
  const done = db
    .transaction(async (tx) => {
      await tx.execute(sql`declare ${sql.identifier(name)} no scroll cursor for ${query}`);
      for (;;) {
        if (signal?.aborted) throw new Stopped();
        const rows = rowsOf<T>(await tx.execute(sql`fetch forward ${sql.raw(String(Math.trunc(batchSize)))} from ${sql.identifier(name)}`));
        if (rows.length === 0) break;
        ack = deferred<boolean>();
        mailbox.resolve({ rows, db: tx });
        if (!(await ack.promise)) throw new Stopped();
      }
      await tx.execute(sql`close ${sql.identifier(name)}`);
      mailbox.resolve(null);
    })
    .catch((err: unknown) => {
      if (!(err instanceof Stopped)) mailbox.reject(err);
    });
  try {
    for (;;) {
      const batch = await mailbox.promise;
      if (batch === null) break;
      mailbox = deferred<CursorBatch<T> | null>();
      yield batch;
      ack.resolve(!signal?.aborted);
    }
  } finally {
    ack.resolve(false);
    await done;
  }
}
