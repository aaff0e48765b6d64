// next-auth (v4, the registry's stable line) configuration: e-mail + password, JWT sessions.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { attemptSignIn, SIGN_IN_ERRORS } from './sign-in';

/** A working day: long enough not to annoy, short enough that a forgotten session expires. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded.join(',') : typeof forwarded === 'string' ? forwarded : '';
  // The right-most entry is the one added by our own server or proxy; a client can only prepend.
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.at(-1) ?? 'ukjent';
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
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
          ip: clientAddress(req.headers as Record<string, unknown> | undefined),
        });
        if (!result.ok) {
          if (result.reason === 'rate_limited') throw new Error(SIGN_IN_ERRORS.rate_limited);
          return null;
        }
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
