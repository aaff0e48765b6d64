import 'server-only';
// Password self-service: change your own password, "log out everywhere", ask for a reset link,
// and choose a password with a link (reset, or an invitation: tokens with purpose 'invite' use
// the same page and handler). Every change ends the other sessions of the account.
import type { z } from 'zod';
import { appendAudit, userStateDigest } from '@/db/queries/audit';
import { attemptStats, recordAttempt } from '@/db/queries/login-attempts';
import { acceptInvitations } from '@/db/queries/person-links';
import { endUserSessions } from '@/db/queries/sessions';
import { consumeToken, findValidToken, issueToken, tokensIssuedSince } from '@/db/queries/tokens';
import { findUserByEmail, getUser, setPassword } from '@/db/queries/users';
import { ActionError, MESSAGES, type ActionContext, type PublicActionContext } from '@/lib/server/action';
import { SYSTEM } from '@/lib/pure/auth/can';
import { fullPasswordProblem } from '@/lib/server/auth/common-passwords';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import { throttleDecision } from '@/lib/pure/auth/throttle';
import { actionWords } from '@/lib/server/action-words';
import { createMailer, smtpConfigFromEnv, type Mailer } from '@/lib/server/mail';
import { recipientMailLanguage } from '@/lib/server/mail-language';
import { passwordResetMailText } from '@/lib/pure/mail/messages';
import { changePasswordSchema, logOutEverywhereSchema, resetRequestSchema, tokenPasswordSchema } from '@/lib/pure/validation/password';

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
const RESET_MAILS_PER_HOUR = 3;

export const PASSWORD_MESSAGES_DONE = {
  changed: 'Passordet er byttet. Du er logget ut på alle andre enheter.',
  resetRequested:
    'Hvis e-postadressen hører til en aktiv bruker, har vi sendt en lenke for å velge nytt passord. Lenken virker i én time og kan brukes én gang. Sjekk også søppelpost.',
  badLink: 'Lenken er brukt, utløpt eller ugyldig. Be om en ny lenke.',
  wrongCurrent: 'Passordet du har nå, er feil.',
} as const;

const invalidPassword = (message: string) => new ActionError('invalid', MESSAGES.invalid, { password: [message] });

/** Links in e-mails use the configured public address, never the request's Host header. */
export function publicAddress(): string {
  return (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
}

export const changePasswordSpec = {
  schema: changePasswordSchema,
  action: 'profile.manage' as const,
  name: 'changePassword',
  resource: () => SYSTEM,
  allowWithTemporaryPassword: true,
};

/** The caller's own password: the current one must be right (throttled like sign-in). */
export async function changePassword(input: z.output<typeof changePasswordSchema>, ctx: ActionContext, clientAddress: string, now = new Date()) {
  const { db, user } = ctx;
  const decision = throttleDecision(await attemptStats(db, { email: user.email, ip: clientAddress, now }), now);
  if (decision.kind === 'refuse') {
    const t = await actionWords('avvisning.passord');
    const seconds = decision.retryAfterSeconds;
    const wait = seconds < 60 ? t('waitSeconds', { count: Math.max(1, Math.ceil(seconds)) }) : t('waitMinutes', { count: Math.ceil(seconds / 60) });
    throw new ActionError('forbidden', t('tooManyAttempts', { wait }));
  }
  const account = await getUser(db, user.id);
  if (!account || !(await verifyPassword(account.passwordHash, input.current))) {
    // The wrapper rolls a refusal back, so the 'use server' module records the failed attempt.
    throw new ActionError('invalid', MESSAGES.invalid, { current: [PASSWORD_MESSAGES_DONE.wrongCurrent] });
  }
  const problem = fullPasswordProblem(input.password, { email: user.email, name: user.name });
  if (problem) throw invalidPassword(problem);
  if (await verifyPassword(account.passwordHash, input.password)) throw invalidPassword('Velg et annet passord enn det du har nå.');
  ctx.audit?.set({ resourceKind: 'user', resourceId: user.id, beforeDigest: await userStateDigest(db, user.id) });
  await setPassword(db, { userId: user.id, passwordHash: await hashPassword(input.password), mustChange: false });
  await endUserSessions(db, { userId: user.id, reason: 'password_changed', keep: user.sessionId ?? null, now });
  await recordAttempt(db, { email: user.email, ip: clientAddress, outcome: 'success', now });
  ctx.audit?.set({ afterDigest: await userStateDigest(db, user.id) });
  return null;
}

/** A wrong current password counts as a failed sign-in for the throttle (outside the rolled-back write). */
export async function recordWrongCurrentPassword(db: ActionContext['db'], email: string, clientAddress: string, now = new Date()) {
  await recordAttempt(db, { email, ip: clientAddress, outcome: 'failure', now });
  await appendAudit(db, { actorId: null, actorEmail: email, clientAddress, action: 'auth.sign_in_failed', details: { grunn: 'feil nåværende passord ved passordbytte' } });
}

export const logOutEverywhereSpec = {
  schema: logOutEverywhereSchema,
  action: 'profile.manage' as const,
  name: 'logOutEverywhere',
  resource: () => SYSTEM,
  allowWithTemporaryPassword: true,
};

export async function logOutEverywhere(_input: unknown, ctx: ActionContext) {
  const ended = await endUserSessions(ctx.db, { userId: ctx.user.id, reason: 'log_out_everywhere' });
  ctx.audit?.set({ resourceKind: 'user', resourceId: ctx.user.id, details: { avsluttedeOkter: ended } });
  return { ended };
}

export const resetRequestSpec = { schema: resetRequestSchema, action: 'password.reset_request' };

/**
 * Sends a reset link when the address belongs to an active user, at most three an hour; the
 * answer is the same either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(input: z.output<typeof resetRequestSchema>, ctx: PublicActionContext, mailer?: Mailer, now = new Date()) {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user || !user.active || (await tokensIssuedSince(ctx.db, { userId: user.id, purpose: 'reset', since: new Date(now.getTime() - 60 * 60 * 1000) })) >= RESET_MAILS_PER_HOUR) {
    ctx.audit.skip();
    return { message: (await actionWords('avvisning.aksjon'))('resetRequested') };
  }
  const token = await issueToken(ctx.db, { userId: user.id, purpose: 'reset', ttlMs: RESET_TOKEN_TTL_MS, now });
  const link = `${publicAddress()}/nytt-passord/${token}`;
  const send = mailer ?? createMailer(smtpConfigFromEnv());
  try {
    // In the account holder's language (profile, else their municipality's målform), whoever asked.
    await send.send({ to: user.email, ...passwordResetMailText(user, link, await recipientMailLanguage(ctx.db, user.email)) });
  } finally {
    if (!mailer) send.close();
  }
  ctx.audit.set({ actorId: null, actorEmail: user.email, resourceKind: 'user', resourceId: user.id });
  // In the asker's language (the answer is the same either way); bokmål outside a request.
  return { message: (await actionWords('avvisning.aksjon'))('resetRequested') };
}

export const tokenPasswordSpec = { schema: tokenPasswordSchema, action: 'password.set_with_link' };

/** Choose a password with a reset or invitation link: single use, then every session ends. */
export async function setPasswordWithToken(input: z.output<typeof tokenPasswordSchema>, ctx: PublicActionContext, now = new Date()) {
  const holder = await findValidToken(ctx.db, input.token, now);
  if (!holder) throw new ActionError('not_found', PASSWORD_MESSAGES_DONE.badLink);
  const problem = fullPasswordProblem(input.password, { email: holder.email, name: holder.name });
  if (problem) throw invalidPassword(problem);
  if (!(await consumeToken(ctx.db, holder.tokenId, now))) throw new ActionError('not_found', PASSWORD_MESSAGES_DONE.badLink);
  const before = await userStateDigest(ctx.db, holder.userId);
  await setPassword(ctx.db, { userId: holder.userId, passwordHash: await hashPassword(input.password), mustChange: false });
  await endUserSessions(ctx.db, { userId: holder.userId, reason: 'password_changed', now });
  // Choosing a password with an invitation accepts the person's pending account links.
  if (holder.purpose === 'invite') await acceptInvitations(ctx.db, holder.userId, now);
  ctx.audit.set({
    action: holder.purpose === 'invite' ? 'password.invitation_accepted' : 'password.reset',
    actorId: holder.userId,
    actorEmail: holder.email,
    resourceKind: 'user',
    resourceId: holder.userId,
    beforeDigest: before,
    afterDigest: await userStateDigest(ctx.db, holder.userId),
  });
  return { purpose: holder.purpose };
}
