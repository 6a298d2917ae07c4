import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { signInSchema } from '@/lib/validation/sign-in';
import { authenticate } from './authenticate';
import { clientIp } from '@/lib/client-ip';

declare module 'next-auth' {
  interface Session {
    /** When this session signed in, in milliseconds since the epoch. */
    signedInAt?: number;
  }
}

/** Sign-in refused by the rate limit; the login form shows its own message for it. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // Behind a proxy or on localhost the host header is trusted; callback URLs are checked separately.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (!result.ok) {
          if (result.reason === 'rate_limited') throw new RateLimitedSignIn();
          return null;
        }
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token: role and status are re-read from
    // the database on every request (lib/auth/guards.ts), so a demotion or a
    // disabled account takes effect at once.
    // The sign-in time lets a password reset end the sessions that began before it.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.signedInAt === 'number') session.signedInAt = token.signedInAt;
      return session;
    },
  },
});
