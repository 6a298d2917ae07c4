import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getSignInUser } from '@/lib/data/users';
import { openSession } from '@/lib/data/user-sessions';
import { env } from '@/lib/env';
import { readTicket } from './sign-in-ticket';

declare module 'next-auth' {
  interface Session {
    /** When this session signed in, in milliseconds since the epoch. */
    signedInAt?: number;
    /** The user_sessions row this browser's session is (lib/data/user-sessions.ts). */
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // Behind a proxy or on localhost the host header is trusted; callback URLs are checked separately.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      // The sign-in form's action checks the password, the code and the rate limits (lib/auth/authenticate.ts)
      // and hands over a `complete` ticket; nothing else opens a session, so Auth.js's own callback
      // endpoint cannot be used to sign in with a password alone (lib/auth/sign-in-ticket.ts).
      credentials: { ticket: {} },
      async authorize(credentials, request) {
        const userId = readTicket(credentials?.ticket, 'complete');
        if (userId === null) return null;
        const user = await getSignInUser(userId);
        if (!user) return null;
        const sessionId = await openSession(user.id, request.headers.get('user-agent') ?? '');
        return { id: String(user.id), email: user.email, name: user.name, sessionId };
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
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.signedInAt === 'number') session.signedInAt = token.signedInAt;
      if (typeof token.sessionId === 'string') session.sessionId = token.sessionId;
      return session;
    },
  },
});
