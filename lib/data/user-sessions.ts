import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { userSessions } from '@/db/schema';

export interface SessionListing {
  id: string;
  userAgent: string;
  signedInAt: Date;
  lastSeenAt: Date;
}

/** Opens the session row a new sign-in's JWT names (lib/auth/config.ts). */
export async function openSession(userId: number, userAgent: string): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await db.insert(userSessions).values({ id, userId, userAgent: [...userAgent].slice(0, 300).join('') });
  return id;
}

/** Where the person is signed in now, the most recently active first. */
export async function listOpenSessions(userId: number): Promise<SessionListing[]> {
  return db
    .select({ id: userSessions.id, userAgent: userSessions.userAgent, signedInAt: userSessions.signedInAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.signedInAt));
}

/** Ends one of the person's own sessions; false when it was not theirs or had ended. */
export async function endSession(userId: number, sessionId: string): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** "Sign out everywhere else": every open session of the person but this one; returns how many ended. */
export async function endOtherSessions(userId: number, keepSessionId: string): Promise<number> {
  const rows = await db
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), ne(userSessions.id, keepSessionId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  return rows.length;
}
