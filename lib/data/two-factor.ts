import 'server-only';
import { and, eq, isNotNull, isNull, or, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { recoveryCodes, siteSecurity, users } from '@/db/schema';
import { recordAudit } from './audit';

/**
 * Two-factor sign-in's storage. Secrets arrive and leave sealed (lib/auth/sealed.ts); this
 * module never sees a secret in the clear, and keeps only hashes of recovery codes.
 */
export interface TwoFactorState {
  enabled: boolean;
  sealedSecret: string | null;
  sealedPendingSecret: string | null;
  recoveryCodesLeft: number;
}

export async function getTwoFactorState(userId: number): Promise<TwoFactorState | null> {
  const [row] = await db
    .select({
      sealedSecret: users.totpSecret,
      sealedPendingSecret: users.totpPendingSecret,
      // The id as a value, not a column: Drizzle writes columns unqualified in a one-table select, so "user_id = id" would compare within recovery_codes.
      recoveryCodesLeft: sql<number>`(select count(*)::int from ${recoveryCodes} where ${recoveryCodes.userId} = ${userId} and ${recoveryCodes.usedAt} is null)`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ? { ...row, enabled: row.sealedSecret !== null } : null;
}

/** A new secret waiting for its first code; a later start replaces it (the old QR code stops working). */
export async function startTwoFactorSetup(userId: number, sealedPendingSecret: string): Promise<void> {
  await db.update(users).set({ totpPendingSecret: sealedPendingSecret }).where(eq(users.id, userId));
}

/**
 * The first code matched the pending secret: it becomes the secret, that code's step counts as
 * used, and the recovery codes replace any earlier ones, all at once. False when the pending
 * secret changed meanwhile (set up again in another tab).
 */
export async function confirmTwoFactorSetup(userId: number, sealedPendingSecret: string, step: number, recoveryCodeHashes: string[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({ totpSecret: sealedPendingSecret, totpPendingSecret: null, totpLastStep: step, updatedAt: sql`now()` })
      .where(and(eq(users.id, userId), eq(users.totpPendingSecret, sealedPendingSecret)))
      .returning({ id: users.id });
    if (rows.length === 0) return false;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(recoveryCodeHashes.map((codeHash) => ({ userId, codeHash })));
    await recordAudit({ actorId: userId, action: 'user.two_factor_on', targetType: 'user', targetId: userId }, tx);
    return true;
  });
}

export async function replaceRecoveryCodes(userId: number, recoveryCodeHashes: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(recoveryCodeHashes.map((codeHash) => ({ userId, codeHash })));
    await recordAudit({ actorId: userId, action: 'user.recovery_codes_new', targetType: 'user', targetId: userId }, tx);
  });
}

export async function turnOffTwoFactor(userId: number, actorId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await recordAudit({ actorId, action: 'user.two_factor_off', targetType: 'user', targetId: userId }, tx);
  });
}

/**
 * Takes a TOTP step as used, if it is later than the last one taken: one statement, so two
 * requests with the same code cannot both pass. False for a code already used (or an older one).
 */
export async function takeTotpStep(userId: number, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), isNotNull(users.totpSecret), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Uses up a recovery code; false when it is not one of the person's unused codes. */
export async function takeRecoveryCode(userId: number, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function getSiteSecurity(): Promise<{ requireTwoFactorForEditors: boolean }> {
  const [row] = await db.select({ requireTwoFactorForEditors: siteSecurity.requireTwoFactorForEditors }).from(siteSecurity).where(eq(siteSecurity.id, 1));
  return { requireTwoFactorForEditors: row?.requireTwoFactorForEditors ?? false };
}

export async function setRequireTwoFactor(required: boolean, actorId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(siteSecurity)
      .values({ id: 1, requireTwoFactorForEditors: required })
      .onConflictDoUpdate({ target: siteSecurity.id, set: { requireTwoFactorForEditors: required, updatedAt: sql`now()` } });
    await recordAudit({ actorId, action: required ? 'site.require_two_factor' : 'site.allow_without_two_factor', targetType: 'site', targetId: null }, tx);
  });
}
