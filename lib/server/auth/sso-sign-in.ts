import 'server-only';
// Signing in through the municipality's identity provider (Entra ID or another OpenID Connect
// provider), independent of next-auth so it can be tested against a database. The provider
// has authenticated the person; Brobygger decides who they are here and what they may do:
// - the VERIFIED e-mail address (sso-identity.ts) picks the account, so an invited person
//   (whose account the invitation made) or an existing user gets their own account;
// - someone unknown gets a new account with no roles, and the overview tells them whom to ask;
// - a deactivated account stays shut;
// - pending invitations are accepted, exactly as a password sign-in accepts them, and that
//   is the only way roles change here: nothing in the claims is read beyond the address and
//   the name (a new account's display name).
// Sign-ins and refusals go to the audit log as password sign-ins do; tokens are never seen here.
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { acceptInvitations } from '@/db/queries/person-links';
import { createUser, findUserByEmail } from '@/db/queries/users';
import { hashPassword } from './password';
import type { SsoProviderId } from './sso-config';
import { ssoIdentity } from '@/lib/pure/auth/sso-identity';

export type SsoSignInResult =
  | { ok: true; user: { id: string; email: string; name: string }; created: boolean; invitationsAccepted: number }
  | { ok: false; reason: 'unverified' | 'inactive' };

/** Error codes for the sign-in page (lib/pure/validation/sign-in.ts words them in Norwegian). */
export const SSO_ERRORS = { unverified: 'SsoUnverified', inactive: 'SsoInactive' } as const;

const FAILURE_TEXT = {
  no_email: 'identitetsleverandøren sendte ingen e-postadresse',
  unverified: 'e-postadressen er ikke bekreftet av identitetsleverandøren',
  invalid: 'ugyldig svar fra identitetsleverandøren',
  inactive: 'brukeren er deaktivert',
} as const;

export async function signInWithSso(db: Db, params: { provider: SsoProviderId; claims: unknown; ip: string; now?: Date }): Promise<SsoSignInResult> {
  const now = params.now ?? new Date();
  const identity = ssoIdentity(params.provider, params.claims);
  const method = { metode: 'sso', leverandør: params.provider };
  if (!identity.ok) {
    await appendAudit(db, {
      actorId: null,
      actorEmail: identity.claimedEmail,
      clientAddress: params.ip,
      action: 'auth.sign_in_failed',
      details: { ...method, grunn: FAILURE_TEXT[identity.reason] },
    });
    return { ok: false, reason: 'unverified' };
  }
  const audit = (tx: Db, action: string, actorId: string | null, details: Record<string, unknown>) =>
    appendAudit(tx, { actorId, actorEmail: identity.email, clientAddress: params.ip, action, details: { ...method, subjekt: identity.subject, ...details } });

  // The slow hash before the transaction, and only when a new account may be needed. The
  // password is random and never told to anyone: the account signs in through the provider
  // (or with "Glemt passordet?", which mails a link to the same verified address).
  const unusable = (await findUserByEmail(db, identity.email)) ? null : await hashPassword(randomBytes(32).toString('base64url'));
  return db.transaction(async (tx) => {
    let user = await findUserByEmail(tx, identity.email);
    let created = false;
    if (!user) {
      const name = identity.name ?? identity.email.split('@')[0]!;
      const hash = unusable ?? (await hashPassword(randomBytes(32).toString('base64url')));
      user = await createUser(tx, { email: identity.email, name, passwordHash: hash });
      created = user !== null;
      // Someone else's first sign-in with the same address won the race: use that account.
      user ??= await findUserByEmail(tx, identity.email);
      if (!user) throw new Error('sso: the account could neither be found nor created');
      if (created) await audit(tx, 'auth.account_created', user.id, {});
    }
    if (!user.active) {
      await audit(tx, 'auth.sign_in_failed', null, { grunn: FAILURE_TEXT.inactive });
      return { ok: false as const, reason: 'inactive' as const };
    }
    const invitationsAccepted = await acceptInvitations(tx, user.id, now);
    await audit(tx, 'auth.sign_in', user.id, { nyKonto: created, invitasjonerGodtatt: invitationsAccepted });
    return { ok: true as const, user: { id: user.id, email: user.email, name: user.name }, created, invitationsAccepted };
  });
}
