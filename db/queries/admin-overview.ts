import 'server-only';
// The administration overview's figures, counted in SQL: users (deactivated, and signed up
// without any role yet), cooperations in work, drafts and ended ones, municipalities, and the
// last municipal election recorded. Five small aggregate queries, whatever the country's size.
import { and, count, desc, eq, isNull, notExists, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, elections, municipalities, roleAssignments, users } from '../schema';

export interface AdminOverview {
  users: { total: number; deactivated: number; withoutRole: number };
  cooperations: { total: number; inWork: number; drafts: number; ended: number };
  municipalities: number;
  lastElection: { electionDate: string; kind: (typeof elections.$inferSelect)['kind'] } | null;
}

export async function adminOverview(db: Db): Promise<AdminOverview> {
  const activeGrant = db
    .select({ one: sql`1` })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, users.id), isNull(roleAssignments.revokedAt)));
  const [[u], [c], [m], [e]] = await Promise.all([
    db
      .select({
        total: count(),
        deactivated: sql<number>`(count(*) filter (where not ${users.active}))::int`,
        withoutRole: sql<number>`(count(*) filter (where ${users.active} and ${notExists(activeGrant)}))::int`,
      })
      .from(users),
    db
      .select({
        total: count(),
        drafts: sql<number>`(count(*) filter (where ${cooperations.state} = 'utkast'))::int`,
        ended: sql<number>`(count(*) filter (where ${cooperations.state} in ('avviklet', 'avbrutt')))::int`,
      })
      .from(cooperations),
    db.select({ total: count() }).from(municipalities).where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune'))),
    db.select({ electionDate: elections.electionDate, kind: elections.kind }).from(elections).orderBy(desc(elections.electionDate)).limit(1),
  ]);
  const total = Number(c?.total ?? 0);
  const drafts = Number(c?.drafts ?? 0);
  const ended = Number(c?.ended ?? 0);
  return {
    users: { total: Number(u?.total ?? 0), deactivated: Number(u?.deactivated ?? 0), withoutRole: Number(u?.withoutRole ?? 0) },
    cooperations: { total, inWork: total - drafts - ended, drafts, ended },
    municipalities: Number(m?.total ?? 0),
    lastElection: e ?? null,
  };
}
