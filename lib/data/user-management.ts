import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users, userSessions } from '@/db/schema';
import { recordAudit, type Executor } from './audit';
import { accountAttemptKey, forgetFailures } from './login-attempts';
import { createUser, type Role, type SessionUser } from './users';

/**
 * What admins do to accounts at /admin/users. Each change and its audit row
 * are written in one transaction, so the log never misses or invents one.
 */

export interface UserRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  /** False for authors who exist only as bylines (no password yet). */
  canSignIn: boolean;
  /** Whether they sign in with a code from an authenticator app as well. */
  hasTwoFactor: boolean;
  createdAt: Date;
}

const userRowColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  passwordHash: users.passwordHash,
  hasTwoFactor: sql<boolean>`${users.totpSecret} is not null`,
  createdAt: users.createdAt,
};

function toUserRow({ disabledAt, passwordHash, ...row }: { disabledAt: Date | null; passwordHash: string | null } & Omit<UserRow, 'disabled' | 'canSignIn'>): UserRow {
  return { ...row, disabled: disabledAt !== null, canSignIn: passwordHash !== null };
}

/** Everyone, by name; a blog team is small enough for one page. */
export async function listUsers(): Promise<UserRow[]> {
  const rows = await db.select(userRowColumns).from(users).orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  return rows.map(toUserRow);
}

export async function getUser(id: number): Promise<UserRow | null> {
  const [row] = await db.select(userRowColumns).from(users).where(eq(users.id, id));
  return row ? toUserRow(row) : null;
}

/** How an audit row names a user: stable even if they are renamed later. */
const userLabel = (user: { name: string; email: string }) => `${user.name} <${user.email}>`;

/** `actorId` is the admin at /admin/users, or null for `npm run user:create` on the server. */
export async function createUserWithAudit(actorId: number | null, input: { email: string; name: string; role: Role; passwordHash: string }): Promise<SessionUser> {
  return db.transaction(async (tx) => {
    const created = await createUser(input, tx);
    const details = actorId === null ? { role: created.role, via: 'command line' } : { role: created.role };
    await recordAudit({ actorId, action: 'user.create', targetType: 'user', targetId: created.id, targetLabel: userLabel(created), details }, tx);
    return created;
  });
}

/** Why a change was refused: the account is gone, or it would leave the site without an active admin. */
export type UserChangeResult = { ok: true; user: UserRow } | { ok: false; reason: 'not_found' | 'last_admin' };

/**
 * Locks the target and every active admin for the rest of the transaction, so
 * two admins demoting or disabling each other at once cannot both succeed.
 */
async function lockForChange(tx: Executor, id: number): Promise<{ target: UserRow | null; activeAdminIds: number[] }> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for('update');
  const [target] = await tx.select(userRowColumns).from(users).where(eq(users.id, id)).for('update');
  return { target: target ? toUserRow(target) : null, activeAdminIds: admins.map((admin) => admin.id) };
}

const isLastActiveAdmin = (id: number, activeAdminIds: number[]) => activeAdminIds.length === 1 && activeAdminIds[0] === id;

export async function changeUserRole(actorId: number, id: number, role: Role): Promise<UserChangeResult> {
  return db.transaction(async (tx) => {
    const { target, activeAdminIds } = await lockForChange(tx, id);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    if (target.role === role) return { ok: true, user: target } as const;
    if (role !== 'admin' && isLastActiveAdmin(id, activeAdminIds)) return { ok: false, reason: 'last_admin' } as const;
    await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, id));
    await recordAudit({ actorId, action: 'user.role', targetType: 'user', targetId: id, targetLabel: userLabel(target), details: { from: target.role, to: role } }, tx);
    return { ok: true, user: { ...target, role } } as const;
  });
}

/** Disables (refused on their next request) or re-enables an account. */
export async function setUserDisabled(actorId: number, id: number, disabled: boolean): Promise<UserChangeResult> {
  return db.transaction(async (tx) => {
    const { target, activeAdminIds } = await lockForChange(tx, id);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    if (target.disabled === disabled) return { ok: true, user: target } as const;
    if (disabled && isLastActiveAdmin(id, activeAdminIds)) return { ok: false, reason: 'last_admin' } as const;
    await tx
      .update(users)
      .set({ disabledAt: disabled ? sql`now()` : null, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await recordAudit({ actorId, action: disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: id, targetLabel: userLabel(target) }, tx);
    return { ok: true, user: { ...target, disabled } } as const;
  });
}

/**
 * Sets a new password chosen by an admin. Every session of the account that
 * began before ends (whoever knew the old password is out), and earlier failed
 * sign-ins stop counting, so a locked-out person can use the new one at once.
 */
export async function resetUserPassword(actorId: number, id: number, passwordHash: string): Promise<UserRow | null> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select(userRowColumns).from(users).where(eq(users.id, id)).for('update');
    if (!target) return null;
    await tx.update(users).set({ passwordHash, sessionsValidFrom: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, id));
    await endAllSessions(id, tx);
    await forgetFailures(accountAttemptKey(target.email), tx);
    await recordAudit({ actorId, action: 'user.password_reset', targetType: 'user', targetId: id, targetLabel: userLabel(target) }, tx);
    return { ...toUserRow(target), canSignIn: true };
  });
}

/**
 * Someone changing their own password (the current one already checked). Every session that began
 * before `sessionsValidFrom` ends, so whoever else knew the old password is out; the caller signs
 * the person in again right after, on the same clock, so their own session carries on.
 */
export async function changeOwnPassword(userId: number, passwordHash: string, sessionsValidFrom: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select(userRowColumns).from(users).where(eq(users.id, userId)).for('update');
    if (!target) return false;
    await tx.update(users).set({ passwordHash, sessionsValidFrom, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await endAllSessions(userId, tx);
    await recordAudit({ actorId: userId, action: 'user.password_change', targetType: 'user', targetId: userId, targetLabel: userLabel(target) }, tx);
    return true;
  });
}

/** A new password ends every session row too, so "Where you are signed in" lists only live ones. */
async function endAllSessions(userId: number, tx: Executor): Promise<void> {
  await tx.update(userSessions).set({ endedAt: sql`now()` }).where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}
