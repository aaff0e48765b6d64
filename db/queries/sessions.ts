import 'server-only';
// Server-side sessions: one row per sign-in, checked on every request (lib/server/auth/session.ts).
import { and, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { userSessions } from '../schema';

export type SessionEndReason = NonNullable<typeof userSessions.$inferSelect.endedReason>;

export async function createSession(db: Db, params: { userId: string; now: Date; maxAgeSeconds: number }): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({ userId: params.userId, createdAt: params.now, expiresAt: new Date(params.now.getTime() + params.maxAgeSeconds * 1000) })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** True while the session belongs to the user, has not ended and has not expired. */
export async function sessionIsLive(db: Db, params: { sessionId: string; userId: string; now: Date }): Promise<boolean> {
  const [row] = await db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.id, params.sessionId),
        eq(userSessions.userId, params.userId),
        isNull(userSessions.endedAt),
        gt(userSessions.expiresAt, params.now),
      ),
    );
  return Boolean(row);
}

export async function endSession(db: Db, sessionId: string, reason: SessionEndReason, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now, endedReason: reason })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/** Ends every live session of the user, except `keep` (the one changing the password). */
export async function endUserSessions(db: Db, params: { userId: string; reason: SessionEndReason; keep?: string | null; now?: Date }): Promise<number> {
  const rows = await db
    .update(userSessions)
    .set({ endedAt: params.now ?? new Date(), endedReason: params.reason })
    .where(
      and(
        eq(userSessions.userId, params.userId),
        isNull(userSessions.endedAt),
        params.keep ? ne(userSessions.id, params.keep) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}

export async function liveSessionCount(db: Db, userId: string, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), gt(userSessions.expiresAt, now)));
  return Number(row?.n ?? 0);
}

/** Ended or expired sessions older than a day are of no further use. */
export async function pruneSessions(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const rows = await db
    .delete(userSessions)
    .where(or(lt(userSessions.expiresAt, dayAgo), lt(userSessions.endedAt, dayAgo)))
    .returning({ id: userSessions.id });
  return rows.length;
}
