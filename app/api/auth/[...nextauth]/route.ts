// next-auth's own endpoint: it authenticates by definition, so it is the one handler not
// built with lib/server/route.ts. Sign-in validation and the rate limit live in lib/server/auth/sign-in.ts.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/options';

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
