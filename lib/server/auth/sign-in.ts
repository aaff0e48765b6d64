import 'server-only';
// The sign-in decision, independent of next-auth so it can be tested against a database:
// the throttle first (a refused attempt does not even check the password), then an optional
// short slowdown, then the password. Every outcome is recorded for the throttle, and sign-ins
// and failed sign-ins go to the audit log.
import type { Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { findUserByEmail } from '@/db/queries/users';
import { attemptStats, recordAttempt } from '@/db/queries/login-attempts';
import { acceptInvitations } from '@/db/queries/person-links';
import { verifyPassword } from './password';
import { throttleDecision } from '@/lib/pure/auth/throttle';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Error codes next-auth passes to the sign-in page; the page maps them to Norwegian. */
export const SIGN_IN_ERRORS = {
  invalid: 'CredentialsSignin',
  rate_limited: 'RateLimited',
} as const;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function attemptSignIn(
  db: Db,
  params: { email: string; password: string; ip: string; now?: Date; sleep?: (ms: number) => Promise<void> },
): Promise<SignInResult> {
  const now = params.now ?? new Date();
  const email = params.email.trim().toLowerCase().slice(0, 320);
  const audit = (action: string, actorId: string | null, details: Record<string, unknown> | null) =>
    appendAudit(db, { actorId, actorEmail: email, clientAddress: params.ip, action, details });

  const decision = throttleDecision(await attemptStats(db, { email, ip: params.ip, now }), now);
  if (decision.kind === 'refuse') {
    await recordAttempt(db, { email, ip: params.ip, outcome: 'blocked', now });
    await audit('auth.sign_in_failed', null, { grunn: 'for mange forsøk', venteSekunder: decision.retryAfterSeconds });
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds };
  }
  if (decision.delayMs > 0) await (params.sleep ?? realSleep)(decision.delayMs);

  const user = email ? await findUserByEmail(db, email) : null;
  const valid = await verifyPassword(user?.active ? user.passwordHash : null, params.password);
  if (!user || !valid) {
    await recordAttempt(db, { email, ip: params.ip, outcome: 'failure', now });
    await audit('auth.sign_in_failed', null, { grunn: 'feil e-post eller passord' });
    return { ok: false, reason: 'invalid' };
  }
  await recordAttempt(db, { email, ip: params.ip, outcome: 'success', now });
  // Signing in accepts pending invitations too (someone who already had an account may never use the link).
  await acceptInvitations(db, user.id, now);
  await audit('auth.sign_in', user.id, null);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
