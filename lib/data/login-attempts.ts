import 'server-only';
import { and, eq, inArray, not, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginAttempts } from '@/db/schema';
import type { Executor } from './audit';

/** The rate-limit key of an account, whatever case the address was typed in. */
export const accountAttemptKey = (email: string) => `email:${email.trim().toLowerCase()}`;

/** Failed attempts for a key inside the window, counting only those after its last success. */
const FAILURES_SQL = (key: string, windowSeconds: number) => sql`
    select count(*)::int as failures from ${loginAttempts}
    where key = ${key} and not succeeded
      and attempted_at > now() - make_interval(secs => ${windowSeconds})
      and attempted_at > coalesce((select max(attempted_at) from ${loginAttempts} where key = ${key} and succeeded), '-infinity')`;

/**
 * Takes one attempt on every key, if each is under its limit: the attempt is
 * recorded as a failure up front and turned into a success by
 * `markAttemptsSucceeded` once the password checks out. The keys are locked
 * while counting (in a fixed order, so no deadlock), so parallel guesses
 * cannot all read "under the limit" before any of them is recorded.
 * Returns the recorded attempt ids, or null when a key is at its limit.
 */
export async function takeLoginAttempt(limits: Array<{ key: string; limit: number }>, windowSeconds: number): Promise<number[] | null> {
  return db.transaction(async (tx) => {
    for (const { key } of [...limits].sort((a, b) => a.key.localeCompare(b.key))) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-attempt:${key}`}))`);
    }
    for (const { key, limit } of limits) {
      const [row] = await tx.execute<{ failures: number }>(FAILURES_SQL(key, windowSeconds));
      if ((row?.failures ?? 0) >= limit) return null;
    }
    const rows = await tx
      .insert(loginAttempts)
      .values(limits.map(({ key }) => ({ key, succeeded: false })))
      .returning({ id: loginAttempts.id });
    return rows.map((row) => row.id);
  });
}

export async function markAttemptsSucceeded(ids: number[]): Promise<void> {
  if (ids.length > 0) await db.update(loginAttempts).set({ succeeded: true }).where(inArray(loginAttempts.id, ids));
}

/** Forgets the failed attempts on `key`, e.g. once an admin has set a new password for the account. */
export async function forgetFailures(key: string, executor: Executor = db): Promise<void> {
  await executor.delete(loginAttempts).where(and(eq(loginAttempts.key, key), not(loginAttempts.succeeded)));
}
