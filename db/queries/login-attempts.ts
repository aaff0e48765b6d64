import 'server-only';
// Sign-in attempts: the memory behind the rate limit.
import { and, count, eq, gt, lt, or } from 'drizzle-orm';
import type { Db } from '../client';
import { loginAttempts } from '../schema';

export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
export const RATE_LIMIT_MAX_FAILURES = 10;

/** Failures for this account or this address inside the window ending at `now`. */
export async function recentFailures(db: Db, params: { email: string; ip: string; now: Date }): Promise<number> {
  const since = new Date(params.now.getTime() - RATE_LIMIT_WINDOW_MS);
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.outcome, 'failure'),
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.email, params.email), eq(loginAttempts.ip, params.ip)),
      ),
    );
  return row?.n ?? 0;
}

export async function recordAttempt(
  db: Db,
  params: { email: string; ip: string; outcome: 'success' | 'failure' | 'blocked'; now: Date },
) {
  await db.insert(loginAttempts).values({ email: params.email, ip: params.ip, outcome: params.outcome, at: params.now });
}

/** Old attempts carry no information for the limit; keep a day for auditing. */
export async function pruneAttempts(db: Db, now: Date) {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
