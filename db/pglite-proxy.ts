// The embedded database seen from the server's thread: the part of PGlite's interface that
// drizzle-orm/pglite uses (query, transaction, exec, close), answered by a PGlite running in a
// worker thread (db/pglite-thread.ts). Queries then run on the other core while this thread
// renders pages. Semantics are PGlite's own: one connection, a transaction holds it, every other
// query waits until it ends.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ThreadCall, ThreadReply, ThreadRequest, ThreadStart, WireError, WireQueryOptions } from './pglite-wire';

export interface ProxyResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

interface QueryOptionsIn {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}

/** What a query inside a transaction is given (drizzle's PgliteSession wraps it). */
export interface ProxyTransaction {
  query(sql: string, params?: unknown[], options?: QueryOptionsIn): Promise<ProxyResults>;
  exec(sql: string): Promise<ProxyResults[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/** A database error from the thread, with PostgreSQL's fields (code, constraint, detail …) as on PGlite's own errors. */
export class EmbeddedDatabaseError extends Error {
  [field: string]: unknown;
  constructor(wire: WireError) {
    super(wire.message);
    Object.assign(this, wire.fields);
    this.name = wire.name;
  }
}

const SAMPLE = '2026-01-01 00:00:00';

/** Drizzle's parsers keep the text of dates, times and intervals. Any other parser cannot cross a thread. */
export function wireOptions(options: QueryOptionsIn | undefined): WireQueryOptions | undefined {
  if (!options) return undefined;
  const identityParsers = options.parsers
    ? Object.entries(options.parsers).map(([oid, parse]) => {
        if (parse(SAMPLE, Number(oid)) !== SAMPLE) throw new Error(`Parseren for type ${oid} endrer verdien; den innebygde databasens tråd kan bare la verdier stå urørt.`);
        return Number(oid);
      })
    : undefined;
  return { rowMode: options.rowMode, ...(identityParsers ? { identityParsers } : {}) };
}

export function threadScript(root = process.cwd()): string {
  return path.join(root, 'db', 'pglite-thread.mjs');
}

export class PgliteProxy {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  #nextId = 1;
  #nextTx = 1;
  #dead: Error | null = null;
  readonly ready: Promise<void>;

  private constructor(start: ThreadStart, script: string) {
    // No flag of this process is passed on: the heap limit is V8's, per process, and the entry
    // file loads tsx itself.
    this.#worker = new Worker(script, { workerData: start, execArgv: [] });
    this.ready = new Promise<void>((resolve, reject) => this.#pending.set(0, { resolve: () => resolve(), reject }));
    this.#worker.on('message', (reply: ThreadReply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new EmbeddedDatabaseError(reply.error));
    });
    const fail = (err: Error) => {
      this.#dead = new Error(`Den innebygde databasen stoppet: ${err.message}`, { cause: err });
      for (const waiting of this.#pending.values()) waiting.reject(this.#dead);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => {
      if (!this.#dead) fail(new Error(`tråden avsluttet med kode ${code}`));
    });
  }

  /** Starts the thread and waits until the database is open (and its setup statements have run). */
  static async open(start: ThreadStart, script = threadScript()): Promise<PgliteProxy> {
    const proxy = new PgliteProxy(start, script);
    try {
      await proxy.ready;
    } catch (err) {
      await proxy.#worker.terminate();
      throw err;
    }
    return proxy;
  }

  #call<T>(request: ThreadCall): Promise<T> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ ...request, id } as ThreadRequest);
    });
  }

  query(sql: string, params?: unknown[], options?: QueryOptionsIn): Promise<ProxyResults> {
    return this.#call({ op: 'query', sql, params, options: wireOptions(options) });
  }

  exec(sql: string): Promise<ProxyResults[]> {
    return this.#call({ op: 'exec', sql });
  }

  /** PGlite's transaction: committed when `fn` returns, rolled back when it throws or calls rollback(). */
  async transaction<T>(fn: (tx: ProxyTransaction) => Promise<T>): Promise<T> {
    const id = this.#nextTx++;
    await this.#call({ op: 'begin', tx: id });
    let closed = false;
    const tx: ProxyTransaction = {
      query: (sql, params, options) => this.#call({ op: 'query', sql, params, options: wireOptions(options), tx: id }),
      exec: (sql) => this.#call({ op: 'exec', sql, tx: id }),
      rollback: async () => {
        closed = true;
        await this.#call({ op: 'rollback', tx: id });
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (err) {
      if (!closed) {
        closed = true;
        await this.#call({ op: 'rollback', tx: id }).catch(() => undefined);
      }
      throw err;
    }
    if (!closed) {
      closed = true;
      await this.#call({ op: 'commit', tx: id });
    }
    return result;
  }

  async close(): Promise<void> {
    if (!this.#dead) await this.#call({ op: 'close' });
    this.#dead ??= new Error('Den innebygde databasen er lukket.');
    await this.#worker.terminate();
  }
}
