// The sign-in decision, independent of next-auth so it can be tested against a database:
// rate limit first (the password is not even checked when limited), then the password.
import type { Db } from '@/db/client';
import { findUserByEmail } from '@/db/queries/users';
import { RATE_LIMIT_MAX_FAILURES, recentFailures, recordAttempt } from '@/db/queries/login-attempts';
import { verifyPassword } from './password';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: 'invalid' | 'rate_limited' };

/** Error codes next-auth passes to the sign-in page; the page maps them to Norwegian. */
export const SIGN_IN_ERRORS = {
  invalid: 'CredentialsSignin',
  rate_limited: 'RateLimited',
} as const;

export async function attemptSignIn(
  db: Db,
  params: { email: string; password: string; ip: string; now?: Date },
): Promise<SignInResult> {
  const now = params.now ?? new Date();
  const email = params.email.trim().toLowerCase();
  if ((await recentFailures(db, { email, ip: params.ip, now })) >= RATE_LIMIT_MAX_FAILURES) {
    await recordAttempt(db, { email, ip: params.ip, outcome: 'blocked', now });
    return { ok: false, reason: 'rate_limited' };
  }
  const user = email ? await findUserByEmail(db, email) : null;
  const valid = await verifyPassword(user?.active ? user.passwordHash : null, params.password);
  if (!user || !valid) {
    await recordAttempt(db, { email, ip: params.ip, outcome: 'failure', now });
    return { ok: false, reason: 'invalid' };
  }
  await recordAttempt(db, { email, ip: params.ip, outcome: 'success', now });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
