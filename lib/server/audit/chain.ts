import 'server-only';
// The audit log's row hash, recomputed outside the database: the same canonical text as the
// trigger in db/migrations/0010_audit_log_chain.sql (length-prefixed fields joined by '|', so
// no value can shift into its neighbour), hashed with SHA-256.
import { createHash } from 'node:crypto';

/** One row as text, exactly as the verifier reads it from the database. */
export interface ChainRow {
  seq: string;
  at: string;
  prevHash: string;
  hash: string;
  actorId: string | null;
  actorEmail: string | null;
  clientAddress: string | null;
  action: string;
  operation: string | null;
  resourceKind: string | null;
  resourceId: string | null;
  inputDigest: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  details: string | null;
}

/** char_length() in PostgreSQL counts characters (code points), not UTF-16 units. */
const field = (value: string | null) => (value === null ? '~' : `${[...value].length}:${value}`);

export function canonicalRow(row: ChainRow): string {
  return [
    row.prevHash,
    row.seq,
    row.at,
    row.actorId,
    row.actorEmail,
    row.clientAddress,
    row.action,
    row.operation,
    row.resourceKind,
    row.resourceId,
    row.inputDigest,
    row.beforeDigest,
    row.afterDigest,
    row.details,
  ]
    .map(field)
    .join('|');
}

export function rowHash(row: ChainRow): string {
  return createHash('sha256').update(canonicalRow(row), 'utf8').digest('hex');
}
