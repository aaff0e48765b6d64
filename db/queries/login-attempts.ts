import 'server-only';
// Sign-in attempts: the memory behind the throttle (lib/pure/auth/throttle.ts).
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { loginAttempts } from '../schema';
import { PAIR_WINDOW_MS, SLOWDOWN_WINDOW_MS, type AttemptStats } from '@/lib/pure/auth/throttle';
import { rowsOf } from './rows-of';


/** Everything the throttle needs, in one query over the (email, at) and (ip, at) indexes. */
export async function attemptStats(db: Db, params: { email: string; ip: string; now: Date }): Promise<AttemptStats> {
  const pairSince = new Date(params.now.getTime() - PAIR_WINDOW_MS);
  const slowSince = new Date(params.now.getTime() - SLOWDOWN_WINDOW_MS);
  const result = await db.execute<{ pair_failures: number; pair_last_failure: number | null; account_failures: number; address_failures: number }>(sql`
    with recent as (
      select email, ip, outcome, at from login_attempts
      where (email = ${params.email} or ip = ${params.ip}) and at > ${pairSince.toISOString()}
    ), pair_success as (
      select max(at) as at from recent where email = ${params.email} and ip = ${params.ip} and outcome = 'success'
    )
    select
      count(*) filter (where email = ${params.email} and ip = ${params.ip} and outcome = 'failure'
                       and at > coalesce((select at from pair_success), '-infinity'))::int as pair_failures,
      (extract(epoch from max(at) filter (where email = ${params.email} and ip = ${params.ip} and outcome = 'failure')) * 1000)::float8 as pair_last_failure,
      count(*) filter (where email = ${params.email} and outcome = 'failure' and at > ${slowSince.toISOString()})::int as account_failures,
      count(*) filter (where ip = ${params.ip} and outcome = 'failure' and at > ${slowSince.toISOString()})::int as address_failures
    from recent`);
  const row = rowsOf<{ pair_failures: number; pair_last_failure: number | null; account_failures: number; address_failures: number }>(result)[0];
  return {
    pairFailures: Number(row?.pair_failures ?? 0),
    pairLastFailure: row?.pair_last_failure != null ? new Date(Number(row.pair_last_failure)) : null,
    accountFailures: Number(row?.account_failures ?? 0),
    addressFailures: Number(row?.address_failures ?? 0),
  };
}

export async function recordAttempt(
  db: Db,
  params: { email: string; ip: string; outcome: 'success' | 'failure' | 'blocked'; now: Date },
) {
  await db.insert(loginAttempts).values({ email: params.email, ip: params.ip, outcome: params.outcome, at: params.now });
}

/** Attempts older than a day carry no information for the throttle (the audit log keeps sign-ins). */
export async function pruneAttempts(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 60 * 60 * 1000)))
    .returning({ id: loginAttempts.id });
  return rows.length;
}
