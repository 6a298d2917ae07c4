import 'server-only';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { siteSecurity, users, userSessions } from '@/db/schema';
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
export async function findUserForSignIn(email: string): Promise<(SessionUser & { passwordHash: string | null; disabled: boolean; hasTwoFactor: boolean }) | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      hasTwoFactor: sql<boolean>`${users.totpSecret} is not null`,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!row) return null;
  const { disabledAt, ...user } = row;
  return { ...user, disabled: disabledAt !== null };
}

/** The account a finished sign-in opens a session for: still there and not disabled. */
export async function getSignInUser(id: number): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt), isNotNull(users.passwordHash)));
  return row ?? null;
}

/** The person behind this request's session: who they are now, which session row is theirs, and what the site still asks of them. */
export interface ActiveUser extends SessionUser {
  sessionId: string;
  /** The site requires two-factor sign-in for their role and they have not set it up: the admin shows them that first. */
  needsTwoFactorSetup: boolean;
}

/** How stale a session's "last active" may get before a request brings it up to date: page views do not each write. */
const LAST_SEEN_GRANULARITY_MS = 5 * 60_000;

/**
 * The current state of a signed-in user, re-read on every request in one query; null when gone,
 * disabled, when their session row was ended (signed out there, or from another session), or
 * when their session began before their sessions were ended (a password change or reset).
 */
export async function getActiveUser(id: number, sessionId: string, signedInAt?: number): Promise<ActiveUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      sessionsValidFrom: users.sessionsValidFrom,
      hasTwoFactor: sql<boolean>`${users.totpSecret} is not null`,
      twoFactorRequired: sql<boolean>`coalesce((select ${siteSecurity.requireTwoFactorForEditors} from ${siteSecurity} where ${siteSecurity.id} = 1), false)`,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(users)
    .innerJoin(userSessions, and(eq(userSessions.userId, users.id), eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .where(eq(users.id, id));
  if (!row || row.disabledAt) return null;
  const { disabledAt: _disabledAt, sessionsValidFrom, hasTwoFactor, twoFactorRequired, lastSeenAt, ...user } = row;
  if (sessionsValidFrom && (signedInAt === undefined || signedInAt < sessionsValidFrom.getTime())) return null;
  if (Date.now() - lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(eq(userSessions.id, sessionId));
  }
  return { ...user, sessionId, needsTwoFactorSetup: twoFactorRequired && !hasTwoFactor && user.role !== 'author' };
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

/** `passwordHash` null: a byline that cannot sign in until an admin sets a password (imported authors). */
export async function createUser(input: { email: string; name: string; role: Role; passwordHash: string | null }, executor: Executor = db): Promise<SessionUser> {
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
