// The embedded database in a thread of its own (node:worker_threads), started by
// db/pglite-proxy.ts. PGlite runs PostgreSQL compiled to WebAssembly on the thread that calls it:
// in the server's own thread it took about a third of the CPU of every signed-in page (the
// national bench's embedded dataset), time in which no page was rendered. Here the queries run
// beside the rendering, on the machine's other core.
//
// The protocol is the proxy's: one message per call, answered by id. A transaction is begun,
// used and ended by id; while it is open PGlite holds its lock, so other queries wait for it,
// exactly as they do when PGlite runs in the server's thread.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { ThreadReply, ThreadRequest, ThreadStart, WireError, WireQueryOptions } from './pglite-wire';

if (!parentPort) throw new Error('pglite-thread.ts kjøres bare som en worker-tråd (db/pglite-proxy.ts).');
const port = parentPort;
const start = workerData as ThreadStart;

interface OpenTransaction {
  tx: Transaction;
  end: (commit: boolean) => void;
  outcome: Promise<void>;
}

const identity = (value: unknown) => value;

/** Drizzle's parsers leave dates, times and intervals as PostgreSQL wrote them; only their types cross the thread. */
function queryOptions(options: WireQueryOptions | undefined) {
  if (!options) return undefined;
  const parsers = options.identityParsers ? Object.fromEntries(options.identityParsers.map((oid) => [oid, identity])) : undefined;
  return { rowMode: options.rowMode, ...(parsers ? { parsers } : {}) };
}

function wireError(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(err)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { name: err.name, message: err.message, fields };
}

/** Only what a query returns that the caller reads: rows, fields and the number of rows touched. */
const plain = (r: Results) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows });

async function main() {
  const db = new PGlite({ dataDir: start.dataDir });
  await db.waitReady;
  for (const statement of start.setup) await db.exec(statement);
  const transactions = new Map<number, OpenTransaction>();

  async function begin(id: number): Promise<void> {
    let opened!: (tx: Transaction) => void;
    const ready = new Promise<Transaction>((resolve) => (opened = resolve));
    let end!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (end = resolve));
    const outcome = db.transaction(async (tx) => {
      opened(tx);
      if (!(await decided)) await tx.rollback();
    });
    // A BEGIN that fails never reaches the callback: report it instead of waiting for ever.
    const tx = await Promise.race([ready, outcome.then(() => Promise.reject(new Error('Transaksjonen ble avsluttet før den startet.')))]);
    transactions.set(id, { tx, end, outcome });
  }

  async function finish(id: number, commit: boolean): Promise<void> {
    const open = transactions.get(id);
    if (!open) throw new Error(`Ukjent transaksjon ${id}.`);
    transactions.delete(id);
    open.end(commit);
    await open.outcome;
  }

  async function handle(request: ThreadRequest): Promise<unknown> {
    switch (request.op) {
      case 'query': {
        const target = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
        if (!target) throw new Error(`Ukjent transaksjon ${request.tx}.`);
        return plain(await target.query(request.sql, request.params, queryOptions(request.options)));
      }
      case 'exec': {
        const target = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
        if (!target) throw new Error(`Ukjent transaksjon ${request.tx}.`);
        return (await target.exec(request.sql)).map(plain);
      }
      case 'begin':
        return begin(request.tx);
      case 'commit':
        return finish(request.tx, true);
      case 'rollback':
        return finish(request.tx, false);
      case 'close':
        await db.close();
        return undefined;
    }
  }

  port.on('message', (request: ThreadRequest) => {
    handle(request).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies ThreadReply),
      (err: unknown) => port.postMessage({ id: request.id, ok: false, error: wireError(err) } satisfies ThreadReply),
    );
  });
  port.postMessage({ id: 0, ok: true, result: 'ready' } satisfies ThreadReply);
}

main().catch((err: unknown) => {
  port.postMessage({ id: 0, ok: false, error: wireError(err) } satisfies ThreadReply);
});
