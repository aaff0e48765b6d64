import 'server-only';
// next-auth (v4, the registry's stable line) configuration: e-mail + password, and the
// municipality's identity provider (Entra ID or another OpenID Connect provider) when the
// environment configures one (sso-config.ts). Either way the cookie is a signed JWT that names
// a server-side session row (db/queries/sessions.ts); the row decides whether the session is
// still alive, so sign-out and the other "end sessions" events work at once rather than when
// the cookie expires.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { createSession, endSession } from '@/db/queries/sessions';
import { clientAddressFromHeaders, UNKNOWN_ADDRESS } from '@/lib/server/security/client-address';
import { safeRelativePath } from '@/lib/pure/validation/sign-in';
import { authLogger } from './auth-logger';
import { attemptSignIn, SIGN_IN_ERRORS } from './sign-in';
import { ssoConfigFromEnv, type SsoProviderId } from './sso-config';
import { ssoProvider } from './sso-providers';
import { SSO_ERRORS, signInWithSso } from './sso-sign-in';

/** A working day: long enough not to annoy, short enough that a forgotten session expires. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function headerOf(headers: Record<string, unknown> | undefined) {
  return (name: string) => {
    const value = headers?.[name];
    return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : null;
  };
}

const sso = ssoConfigFromEnv();
for (const problem of sso.problems) console.warn(`[innlogging] ${problem}`);
const SSO_IDS = new Set<string>(sso.providers.map((p) => p.id));

/** The request's client address inside next-auth's handler (callbacks get no request object). */
async function requestAddress(): Promise<string> {
  try {
    const h = await headers();
    return clientAddressFromHeaders((name) => h.get(name));
  } catch {
    return UNKNOWN_ADDRESS; // outside a request (tests)
  }
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  debug: false,
  logger: authLogger(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/logg-inn', error: '/logg-inn' },
  providers: [
    CredentialsProvider({
      name: 'E-post og passord',
      credentials: {
        email: { label: 'E-post', type: 'email' },
        password: { label: 'Passord', type: 'password' },
      },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? '').slice(0, 320);
        const password = String(credentials?.password ?? '').slice(0, 1000);
        const result = await attemptSignIn(await getDb(), {
          email,
          password,
          ip: clientAddressFromHeaders(headerOf(req.headers as Record<string, unknown> | undefined)),
        });
        if (!result.ok) {
          if (result.reason === 'rate_limited') throw new Error(`${SIGN_IN_ERRORS.rate_limited}:${result.retryAfterSeconds}`);
          return null;
        }
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
    ...sso.providers.map(ssoProvider),
  ],
  callbacks: {
    // Credentials have decided in authorize(). For an identity provider, Brobygger decides here
    // which account the verified address belongs to (sso-sign-in.ts); the account's id then
    // replaces the provider's subject on the user object, which next-auth hands on unchanged
    // to the jwt callback below, so the session row is made exactly as for a password.
    async signIn({ user, account, profile }) {
      if (account?.type !== 'oauth') return true;
      if (!SSO_IDS.has(account.provider)) return false;
      const result = await signInWithSso(await getDb(), { provider: account.provider as SsoProviderId, claims: profile, ip: await requestAddress() });
      if (!result.ok) return `/logg-inn?error=${SSO_ERRORS[result.reason]}`;
      Object.assign(user, { id: result.user.id, email: result.user.email, name: result.user.name, image: null });
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        // A new sign-in: a new server-side session, named in the cookie.
        token.sub = user.id;
        token.sid = await createSession(await getDb(), { userId: user.id, now: new Date(), maxAgeSeconds: SESSION_MAX_AGE_SECONDS });
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      if (typeof token.sid === 'string') (session as { sid?: string }).sid = token.sid;
      return session;
    },
    // next-auth's own redirects follow the same rule as the sign-in page: same-origin paths only.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
      return `${baseUrl}${safeRelativePath(path, '/oversikt')}`;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid !== 'string') return;
      const db = await getDb();
      await endSession(db, token.sid, 'sign_out');
      await appendAudit(db, { actorId: token.sub ?? null, actorEmail: token.email ?? null, clientAddress: null, action: 'auth.sign_out' });
    },
  },
};
