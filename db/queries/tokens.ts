import 'server-only';
// Single-use, time-limited tokens ('reset' for a forgotten password, 'invite' for a first
// password). The raw token exists only in the e-mail; the table holds its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../client';
import { userTokens, users, type TokenPurpose } from '../schema';

/** 32 random bytes, base64url: 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const tokenDigest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new token for the user; earlier unused tokens with the same purpose stop working. */
export async function issueToken(
  db: Db,
  params: { userId: string; purpose: TokenPurpose; ttlMs: number; now: Date; createdBy?: string | null },
): Promise<string> {
  await db
    .update(userTokens)
    .set({ expiresAt: params.now })
    .where(and(eq(userTokens.userId, params.userId), eq(userTokens.purpose, params.purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, params.now)));
  const token = randomBytes(32).toString('base64url');
  await db.insert(userTokens).values({
    userId: params.userId,
    purpose: params.purpose,
    tokenHash: tokenDigest(token),
    createdBy: params.createdBy ?? null,
    createdAt: params.now,
    expiresAt: new Date(params.now.getTime() + params.ttlMs),
  });
  return token;
}

/** How many tokens of this purpose the user was sent since `since` (limits reset e-mails). */
export async function tokensIssuedSince(db: Db, params: { userId: string; purpose: TokenPurpose; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(userTokens)
    .where(and(eq(userTokens.userId, params.userId), eq(userTokens.purpose, params.purpose), gt(userTokens.createdAt, params.since)));
  return row?.n ?? 0;
}

export interface TokenHolder {
  tokenId: string;
  purpose: TokenPurpose;
  userId: string;
  email: string;
  name: string;
  expiresAt: Date;
}

/** The holder of a token that is unused, unexpired and belongs to an existing user; else null. */
export async function findValidToken(db: Db, token: string, now: Date): Promise<TokenHolder | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await db
    .select({ tokenId: userTokens.id, purpose: userTokens.purpose, userId: users.id, email: users.email, name: users.name, expiresAt: userTokens.expiresAt })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(eq(userTokens.tokenHash, tokenDigest(token)), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)));
  return row ?? null;
}

/** Marks the token used, once: of two requests racing with the same token only one gets true. */
export async function consumeToken(db: Db, tokenId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.id, tokenId), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .returning({ id: userTokens.id });
  return rows.length === 1;
}

/** Used or expired tokens are kept a week (for questions), then removed. */
export async function pruneTokens(db: Db, now: Date): Promise<number> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const rows = await db
    .delete(userTokens)
    .where(or(lt(userTokens.expiresAt, weekAgo), lt(userTokens.usedAt, weekAgo)))
    .returning({ id: userTokens.id });
  return rows.length;
}
