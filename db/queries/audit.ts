import 'server-only';
// The audit log: appending (the database chains and stamps each row), the state digests the
// action wrapper records before and after a write, and the paged listing for the admin page.
import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import { rowsOf } from './rows-of';
import type { Db } from '../client';
import { auditLog } from '../schema';
import type { Resource } from '@/lib/pure/auth/can';

export interface AuditEntry {
  actorId: string | null;
  actorEmail: string | null;
  clientAddress: string | null;
  action: string;
  operation?: string | null;
  resourceKind?: string | null;
  resourceId?: string | null;
  inputDigest?: string | null;
  beforeDigest?: string | null;
  afterDigest?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends one row; seq, time and hashes are set by the database trigger. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    clientAddress: entry.clientAddress,
    action: entry.action,
    operation: entry.operation ?? null,
    resourceKind: entry.resourceKind ?? null,
    resourceId: entry.resourceId ?? null,
    inputDigest: entry.inputDigest ?? null,
    beforeDigest: entry.beforeDigest ?? null,
    afterDigest: entry.afterDigest ?? null,
    details: entry.details ? JSON.stringify(entry.details) : null,
  });
}

export function resourceId(resource: Resource): string | null {
  if (resource.kind === 'cooperation') return resource.id;
  if (resource.kind === 'municipality') return resource.kommunenummer;
  return null;
}

/**
 * Tables holding a cooperation's data: every table with a cooperation_id column (found once),
 * except the summaries, which are derived from the rest and change when someone reads a list.
 */
let cooperationTables: Promise<string[]> | null = null;
async function tablesWithCooperationId(db: Db): Promise<string[]> {
  cooperationTables ??= db
    .execute<{ table_name: string }>(
      sql`select table_name from information_schema.columns
          where table_schema = 'public' and column_name = 'cooperation_id' and table_name <> 'cooperation_summaries' order by table_name`,
    )
    .then((r) => rowsOf<{ table_name: string }>(r).map((x) => x.table_name))
    .catch((err: unknown) => {
      cooperationTables = null;
      throw err;
    });
  return cooperationTables;
}

/**
 * SHA-256 over everything stored about one cooperation: its row and every row of every table
 * with a cooperation_id column, in a fixed order, and its meetings' minutes files (reached
 * through the meeting; described by name, size, uploader and time, so the digest never reads
 * the files' bytes). Computed in SQL so only the digest travels.
 */
export async function cooperationStateDigest(db: Db, cooperationId: string): Promise<string> {
  const tables = await tablesWithCooperationId(db);
  const parts: SQL[] = [sql`coalesce((select to_jsonb(c)::text from cooperations c where c.id = ${cooperationId}), '')`];
  for (const table of tables) {
    parts.push(
      sql`coalesce((select string_agg(to_jsonb(t)::text, ',' order by to_jsonb(t)::text) from ${sql.identifier(table)} t where t.cooperation_id = ${cooperationId}), '')`,
    );
  }
  parts.push(sql`coalesce((
    select string_agg(concat_ws(':', f.meeting_id, f.file_name, f.content_type, f.size, f.uploaded_by, f.uploaded_at), ',' order by f.meeting_id)
    from meeting_minutes_files f join body_meetings m on m.id = f.meeting_id where m.cooperation_id = ${cooperationId}), '')`);
  const result = await db.execute<{ digest: string }>(
    sql`select encode(sha256(convert_to(concat_ws('|', ${sql.join(parts, sql`, `)}), 'UTF8')), 'hex') as digest`,
  );
  return rowsOf<{ digest: string }>(result)[0]!.digest;
}

/** SHA-256 over a user's account row and role assignments (user administration, passwords). */
export async function userStateDigest(db: Db, userId: string): Promise<string> {
  const result = await db.execute<{ digest: string }>(sql`
    select encode(sha256(convert_to(concat_ws('|',
      coalesce((select to_jsonb(u)::text from users u where u.id = ${userId}), ''),
      coalesce((select string_agg(to_jsonb(r)::text, ',' order by r.id) from role_assignments r where r.user_id = ${userId}), '')
    ), 'UTF8')), 'hex') as digest`);
  return rowsOf<{ digest: string }>(result)[0]!.digest;
}

export interface AuditFilter {
  actorEmail?: string | null;
  action?: string | null;
  resourceId?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Keyset cursor: only rows older than this seq (the next page). */
  beforeSeq?: number | null;
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, one page, filtered in SQL; `nextCursor` is the seq to continue from. */
export async function listAudit(db: Db, filter: AuditFilter, limit = AUDIT_PAGE_SIZE) {
  const where = and(
    filter.actorEmail ? eq(auditLog.actorEmail, filter.actorEmail) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.resourceId ? eq(auditLog.resourceId, filter.resourceId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lte(auditLog.at, filter.to) : undefined,
    filter.beforeSeq ? lt(auditLog.seq, filter.beforeSeq) : undefined,
  );
  const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? page.at(-1)!.seq : null };
}

/** The actions that occur in the log, for the filter's list (small: one row per kind). */
export async function auditActions(db: Db): Promise<string[]> {
  const result = await db.execute<{ action: string }>(sql`
    with recursive a(action) as (
      (select action from audit_log order by action limit 1)
      union all
      select (select action from audit_log where action > a.action order by action limit 1) from a where a.action is not null
    ) select action from a where action is not null`);
  return rowsOf<{ action: string }>(result).map((r) => r.action);
}
