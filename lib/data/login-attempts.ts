import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginAttempts } from '@/db/schema';

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
