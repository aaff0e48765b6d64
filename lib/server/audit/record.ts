import 'server-only';
// What the action and route wrappers write to the audit log for one successful write: who,
// from where, which action on which resource, and digests of the input and of the resource's
// stored state before and after. Runs inside the write's own transaction, so a write that
// rolls back leaves no audit row and a committed write always has one.
import type { Db } from '@/db/client';
import { appendAudit, cooperationStateDigest, resourceId, type AuditEntry } from '@/db/queries/audit';
import type { Resource } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { digestOf } from './digest';

export type StateDigest = (db: Db) => Promise<string | null>;

/** The stored state the wrapper digests when the action does not name its own. */
export function defaultStateDigest(resource: Resource | null): StateDigest | null {
  if (resource?.kind === 'cooperation') return (db) => cooperationStateDigest(db, resource.id);
  return null;
}

/** A created row's id, when the action returns one (e.g. a new cooperation), for the log. */
function returnedId(data: unknown): string | null {
  if (data && typeof data === 'object' && 'id' in data && typeof (data as { id: unknown }).id === 'string') return (data as { id: string }).id;
  return null;
}

export interface WriteRecord {
  user: Pick<SessionUser, 'id' | 'email'> | null;
  clientAddress: string | null;
  action: string;
  operation: string | null;
  resource: Resource | null;
  input: unknown;
  before: string | null;
  after: string | null;
  data: unknown;
  /** Overrides from the handler (e.g. a public action naming the account it acted on). */
  extra?: Partial<AuditEntry>;
}

export async function recordWrite(db: Db, w: WriteRecord): Promise<void> {
  const created = returnedId(w.data);
  await appendAudit(db, {
    actorId: w.user?.id ?? null,
    actorEmail: w.user?.email ?? null,
    clientAddress: w.clientAddress,
    action: w.action,
    operation: w.operation,
    resourceKind: w.resource?.kind ?? null,
    resourceId: w.resource ? resourceId(w.resource) : null,
    inputDigest: digestOf(w.input),
    beforeDigest: w.before,
    afterDigest: w.after,
    details: created ? { opprettet: created } : null,
    ...w.extra,
  });
}
