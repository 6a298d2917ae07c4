import { and, eq, not, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginAttempts } from '@/db/schema';
import type { Executor } from './audit';

/** The rate-limit key of an account, whatever case the address was typed in. */
export const accountAttemptKey = (email: string) => `email:${email.trim().toLowerCase()}`;

/** Failed attempts for `key` inside the window, counting only those after its last success. */
export async function recentFailures(key: string, windowSeconds: number): Promise<number> {
  const [row] = await db.execute<{ failures: number }>(sql`
    select count(*)::int as failures from ${loginAttempts}
    where key = ${key} and not succeeded
      and attempted_at > now() - make_interval(secs => ${windowSeconds})
      and attempted_at > coalesce((select max(attempted_at) from ${loginAttempts} where key = ${key} and succeeded), '-infinity')`);
  return row?.failures ?? 0;
}

export async function recordAttempts(keys: string[], succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values(keys.map((key) => ({ key, succeeded })));
}

/** Forgets the failed attempts on `key`, e.g. once an admin has set a new password for the account. */
export async function forgetFailures(key: string, executor: Executor = db): Promise<void> {
  await executor.delete(loginAttempts).where(and(eq(loginAttempts.key, key), not(loginAttempts.succeeded)));
}
