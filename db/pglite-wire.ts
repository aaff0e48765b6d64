// The messages between the server's thread (db/pglite-proxy.ts) and the embedded database's
// thread (db/pglite-thread.ts). Only what structured cloning carries: no functions, so a query's
// parsers travel as the type ids drizzle leaves unparsed.

/** How the thread opens the database. */
export interface ThreadStart {
  dataDir: string;
  /** Statements run once on the connection before the first query (the planner's costs). */
  setup: string[];
}

export interface WireQueryOptions {
  rowMode?: 'array' | 'object';
  /** Types whose values stay the text PostgreSQL sent. */
  identityParsers?: number[];
}

export type ThreadRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; options?: WireQueryOptions; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' | 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'close' };

/** A request before the proxy numbers it (Omit over a union would keep only the shared keys). */
export type ThreadCall = ThreadRequest extends infer R ? (R extends ThreadRequest ? Omit<R, 'id'> : never) : never;

/** A database error as data: its message and the fields PostgreSQL filled in (code, constraint, detail …). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number | undefined>;
}

/** Id 0 answers the start: 'ready', or why the database could not be opened. */
export type ThreadReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WireError };
