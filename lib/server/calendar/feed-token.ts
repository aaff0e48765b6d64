import 'server-only';
// Secret calendar-feed addresses. The token is an HMAC of the user id and the feed's creation
// time under the installation's secret (NEXTAUTH_SECRET), and only its SHA-256 hash is stored:
// a leaked table leaks no feed, yet the profile page can show the address again by deriving
// the token anew. Making a new feed changes the creation time, so the old token stops matching.
import { createHash, createHmac } from 'node:crypto';

/** 32 bytes of HMAC-SHA256 in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class FeedSecretMissingError extends Error {
  constructor() {
    super('NEXTAUTH_SECRET må være satt for å lage kalenderadresser.');
  }
}

/** The key the tokens are derived with; the same secret that signs sign-in sessions. */
export function feedSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new FeedSecretMissingError();
  return secret;
}

export function deriveFeedToken(secret: string, userId: string, createdAt: Date): string {
  // The prefix keeps these MACs apart from any other use of the same secret.
  return createHmac('sha256', secret).update(`brobygger-kalender\u0000${userId}\u0000${createdAt.toISOString()}`).digest('base64url');
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token from the last path segment, with or without ".ics"; null when it cannot be one. */
export function tokenFromPath(segment: string | readonly string[] | undefined): string | null {
  const value = Array.isArray(segment) ? segment.join('/') : (segment as string | undefined);
  if (!value) return null;
  const token = value.endsWith('.ics') ? value.slice(0, -'.ics'.length) : value;
  return TOKEN.test(token) ? token : null;
}
