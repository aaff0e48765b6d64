import 'server-only';
// Inviting someone by e-mail: a local account (made if the address has none) and a single-use,
// time-limited link to choose a password (user_tokens, purpose 'invite', the same page as a
// reset: /nytt-passord/<token>). The caller gets the same answer, and does the same work,
// whether the address already had an account or not, so an invitation never tells the
// inviter who has one.
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { issueToken } from '@/db/queries/tokens';
import { createUser, findUserByEmail } from '@/db/queries/users';
import { hashPassword } from '@/lib/server/auth/password';
import { INVITATION_TTL_MS } from '@/lib/pure/domain/person-links';
import { invitationMailText, type InvitedAs } from '@/lib/pure/mail/messages';
import { createMailer, smtpConfigFromEnv, type Mailer } from '@/lib/server/mail';
import { recipientMailLanguage } from '@/lib/server/mail-language';
import { publicAddress } from './password';

export interface Invitation {
  email: string;
  name: string;
  /** Who invites, for the e-mail ("Kari Nordmann har invitert deg …"). */
  inviterName: string;
  inviterId: string;
  /** What the person is invited to ("som politisk sponsor for Vennesla kommune i samarbeidet Legevakt"), worded in the recipient's language. */
  as: InvitedAs;
  /** The municipalities the invitation is for: their målform words the e-mail when the account has no language and no roles. */
  kommunenummer: readonly string[];
}

export interface Invited {
  userId: string;
  expiresAt: Date;
}

/**
 * The account the invitation goes to, created without a usable password when the address has
 * none; a link to choose a password is mailed to an active account. A deactivated account
 * gets nothing (an administrator has closed it), but the answer is the same.
 */
export async function inviteAccount(db: Db, invitation: Invitation, now: Date, mailer?: Mailer): Promise<Invited> {
  // Hash in every case, so the time taken does not tell whether the account existed.
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  const existing = await findUserByEmail(db, invitation.email);
  const user = existing ?? (await createUser(db, { email: invitation.email, name: invitation.name, passwordHash: unusable })) ?? (await findUserByEmail(db, invitation.email));
  if (!user) throw new Error('invitation: the account could neither be found nor created');
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  if (!user.active) return { userId: user.id, expiresAt };
  const token = await issueToken(db, { userId: user.id, purpose: 'invite', ttlMs: INVITATION_TTL_MS, now, createdBy: invitation.inviterId });
  // In the invited person's language, not the inviter's (lib/server/mail-language.ts).
  const lang = await recipientMailLanguage(db, user.email, invitation.kommunenummer);
  const mail = invitationMailText({ name: invitation.name, inviterName: invitation.inviterName, as: invitation.as, link: `${publicAddress()}/nytt-passord/${token}`, expiresAt }, lang);
  const send = mailer ?? createMailer(smtpConfigFromEnv());
  try {
    await send.send({ to: user.email, ...mail });
  } finally {
    if (!mailer) send.close();
  }
  return { userId: user.id, expiresAt };
}
