import { createHmac } from 'node:crypto';
import { accountAttemptKey, markAttemptsSucceeded, takeLoginAttempt } from '@/lib/data/login-attempts';
import { findUserForSignIn, type SessionUser } from '@/lib/data/users';
import { getTwoFactorState, takeRecoveryCode, takeTotpStep } from '@/lib/data/two-factor';
import { env } from '@/lib/env';
import { unseal } from './sealed';
import { looksLikeRecoveryCode, recoveryCodeHash, totpStepOf } from './totp';
import { timingDummyHash, verifyPassword } from './password';

/** Failures allowed per window before sign-in is refused for a while. */
export const LIMITS = { perAccount: 5, perIp: 20, windowSeconds: 15 * 60 } as const;

export type AuthenticationResult = { ok: true; user: SessionUser; hasTwoFactor: boolean } | { ok: false; reason: 'invalid' | 'rate_limited' };

/** The IP is only ever stored as a keyed hash. */
export function ipKey(ip: string): string {
  return `ip:${createHmac('sha256', env.AUTH_SECRET).update(ip).digest('base64url').slice(0, 22)}`;
}

function attemptLimits(email: string, ip: string | null) {
  return [{ key: accountAttemptKey(email), limit: LIMITS.perAccount }, ...(ip ? [{ key: ipKey(ip), limit: LIMITS.perIp }] : [])];
}

/**
 * Checks a sign-in's password. Limits are per account and per IP, kept in PostgreSQL
 * so they hold across instances. An unknown e-mail, a wrong password and a
 * disabled account give the same answer after the same work (a password
 * hash is always verified), so the answer reveals nothing about accounts.
 *
 * For an account with two-factor sign-in, a right password at sign-in is not yet a success: its
 * attempt stays counted until the code is right too (`checkSecondFactor`), so someone who knows
 * the password cannot reset the count between guesses at the code. To confirm who someone is
 * ('identity': the password change form) a right password is a success.
 */
export async function authenticate(email: string, password: string, ip: string | null, purpose: 'sign-in' | 'identity' = 'sign-in'): Promise<AuthenticationResult> {
  // Counted as a failure before the password is checked, so parallel guesses cannot outrun the limit.
  const attempts = await takeLoginAttempt(attemptLimits(email, ip), LIMITS.windowSeconds);
  if (!attempts) return { ok: false, reason: 'rate_limited' };
  const user = await findUserForSignIn(email.trim());
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await timingDummyHash()));
  const ok = Boolean(user && user.passwordHash && passwordMatches && !user.disabled);
  if (!ok || !user) return { ok: false, reason: 'invalid' };
  if (!user.hasTwoFactor || purpose === 'identity') await markAttemptsSucceeded(attempts);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role }, hasTwoFactor: user.hasTwoFactor };
}

export type SecondFactorResult = { ok: true; usedRecoveryCode: boolean } | { ok: false; reason: 'invalid' | 'rate_limited' };

/**
 * The code step of a two-factor sign-in, under the same per-account and per-IP limits as the
 * password. A six-digit code counts once (its time step is taken); a recovery code once ever.
 */
export async function checkSecondFactor(user: { id: number; email: string }, code: string, ip: string | null): Promise<SecondFactorResult> {
  const attempts = await takeLoginAttempt(attemptLimits(user.email, ip), LIMITS.windowSeconds);
  if (!attempts) return { ok: false, reason: 'rate_limited' };
  const state = await getTwoFactorState(user.id);
  const secret = state?.sealedSecret ? unseal(state.sealedSecret) : null;
  if (!secret) return { ok: false, reason: 'invalid' };
  let usedRecoveryCode = false;
  let ok = false;
  if (looksLikeRecoveryCode(code)) {
    ok = await takeRecoveryCode(user.id, recoveryCodeHash(code));
    usedRecoveryCode = ok;
  } else {
    const step = totpStepOf(secret, code);
    ok = step !== null && (await takeTotpStep(user.id, step));
  }
  if (!ok) return { ok: false, reason: 'invalid' };
  await markAttemptsSucceeded(attempts);
  return { ok: true, usedRecoveryCode };
}

/**
 * "Is it really you?" on the account page (a password change, new recovery codes, turning two-factor
 * sign-in off): the current password through sign-in's own check and rate limits. Null when it is
 * right; otherwise the field's message, or the form's when the limit is reached.
 */
export async function currentPasswordRefusal(email: string, password: string, ip: string | null): Promise<{ currentPassword?: string; message?: string } | null> {
  const checked = await authenticate(email, password, ip, 'identity');
  if (checked.ok) return null;
  if (checked.reason === 'rate_limited') return { message: 'Too many wrong passwords. Please wait 15 minutes before trying again.' };
  return { currentPassword: 'Current password is wrong.' };
}
