import { createHmac } from 'node:crypto';
import { accountAttemptKey, markAttemptsSucceeded, takeLoginAttempt } from '@/lib/data/login-attempts';
import { findUserForSignIn, type SessionUser } from '@/lib/data/users';
import { env } from '@/lib/env';
import { timingDummyHash, verifyPassword } from './password';

/** Failures allowed per window before sign-in is refused for a while. */
export const LIMITS = { perAccount: 5, perIp: 20, windowSeconds: 15 * 60 } as const;

export type AuthenticationResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'rate_limited' };

/** The IP is only ever stored as a keyed hash. */
export function ipKey(ip: string): string {
  return `ip:${createHmac('sha256', env.AUTH_SECRET).update(ip).digest('base64url').slice(0, 22)}`;
}

/**
 * Checks a sign-in. Limits are per account and per IP, kept in PostgreSQL
 * so they hold across instances. An unknown e-mail, a wrong password and a
 * disabled account give the same answer after the same work (a password
 * hash is always verified), so the answer reveals nothing about accounts.
 */
export async function authenticate(email: string, password: string, ip: string | null): Promise<AuthenticationResult> {
  const limits = [{ key: accountAttemptKey(email), limit: LIMITS.perAccount }, ...(ip ? [{ key: ipKey(ip), limit: LIMITS.perIp }] : [])];
  // Counted as a failure before the password is checked, so parallel guesses cannot outrun the limit.
  const attempts = await takeLoginAttempt(limits, LIMITS.windowSeconds);
  if (!attempts) return { ok: false, reason: 'rate_limited' };
  const user = await findUserForSignIn(email.trim());
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await timingDummyHash()));
  const ok = Boolean(user && user.passwordHash && passwordMatches && !user.disabled);
  if (!ok || !user) return { ok: false, reason: 'invalid' };
  await markAttemptsSucceeded(attempts);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
