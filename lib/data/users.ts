import { eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { Executor } from './audit';
import { MAX_SLUG_LENGTH, slugify } from '@/lib/slug';
import { isUniqueViolation } from './pg-errors';

export type Role = (typeof users.role.enumValues)[number];

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** For sign-in only: the one place the password hash leaves the data layer. */
export async function findUserForSignIn(email: string): Promise<(SessionUser & { passwordHash: string | null; disabled: boolean }) | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!row) return null;
  const { disabledAt, ...user } = row;
  return { ...user, disabled: disabledAt !== null };
}

/**
 * The current state of a signed-in user, re-read on every request; null when
 * gone, disabled, or when their session began before their sessions were ended
 * (a session without a sign-in time counts as older than any such moment).
 */
export async function getActiveUser(id: number, signedInAt?: number): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, sessionsValidFrom: users.sessionsValidFrom })
    .from(users)
    .where(eq(users.id, id));
  if (!row || row.disabledAt) return null;
  const { disabledAt: _disabledAt, sessionsValidFrom, ...user } = row;
  if (sessionsValidFrom && (signedInAt === undefined || signedInAt < sessionsValidFrom.getTime())) return null;
  return user;
}

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`A user with the e-mail ${email} already exists.`);
  }
}

/**
 * The author-page slug for a new person: their name as a slug, or "author" when it has no usable
 * letters, with -2, -3… when someone has it already. Made once; a later name change keeps it, so
 * the author page's address never moves.
 */
export async function freeAuthorSlug(name: string, executor: Executor = db): Promise<string> {
  const base = slugify(name).slice(0, MAX_SLUG_LENGTH - 4) || 'author';
  const taken = await executor
    .select({ slug: users.slug })
    .from(users)
    .where(sql`${users.slug} = ${base} or ${users.slug} ~ ${`^${base}-[0-9]+$`}`);
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export async function createUser(input: { email: string; name: string; role: Role; passwordHash: string }, executor: Executor = db): Promise<SessionUser> {
  try {
    // Someone created at the same moment may take the free slug first: their insert wins, ours
    // skips (no row, no aborted transaction) and looks again.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const slug = await freeAuthorSlug(input.name, executor);
      const [row] = await executor
        .insert(users)
        .values({ ...input, slug })
        .onConflictDoNothing({ target: users.slug })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
      if (row) return row;
    }
    throw new Error(`No free author slug for ${input.name} after 5 attempts`);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateEmailError(input.email);
    throw error;
  }
}

/** Whether anyone can sign in at all (bylines like the seeded author have no password). */
export async function hasSignInUsers(): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users).where(isNotNull(users.passwordHash));
  return (row?.count ?? 0) > 0;
}
