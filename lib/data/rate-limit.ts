import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { rateLimitAttempts } from '@/db/schema';
import type { Executor } from './audit';

/** The public forms that are rate-limited; each keeps its own counts. */
export type RateLimitedForm = 'comment' | 'quote';

export interface RateLimit {
  /** `ip:<keyed hash>` or `email:<address>`; stored under the form's name. */
  key: string;
  limit: number;
}

/** The stored key of an e-mail address, whatever case it was typed in. */
const emailRateLimitKey = (email: string) => `email:${email.toLowerCase()}`;

/** What a public form counts a submission against: its e-mail address, and the client's address when known. */
export function perEmailAndIp(email: string, ipHash: string | null, { perEmail, perIp }: { perEmail: number; perIp: number }): RateLimit[] {
  return [{ key: emailRateLimitKey(email), limit: perEmail }, ...(ipHash ? [{ key: ipHash, limit: perIp }] : [])];
}

const storedKey = (form: RateLimitedForm, key: string) => `${form}:${key}`;

/**
 * Counts one submission of `form` against each key's limit within the window
 * and records it; true when every key was still within its limit. The keys
 * are locked for the transaction (in a fixed order, so two submissions cannot
 * deadlock), so a burst of parallel posts cannot all read "under the limit"
 * before any of them is recorded. A refused submission records nothing. Rows
 * well past the window are pruned on the way.
 */
export async function takeRateLimitedAttempt(form: RateLimitedForm, limits: RateLimit[], windowSeconds: number): Promise<boolean> {
  const keyed = limits.map(({ key, limit }) => ({
    key: storedKey(form, key),
    limit,
  }));
  const allowed = await db.transaction(async (tx) => {
    for (const { key } of [...keyed].sort((x, y) => x.key.localeCompare(y.key))) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rate-limit:${key}`}))`);
    }
    for (const { key, limit } of keyed) {
      const [row] = await tx.execute<{ recent: number }>(sql`
        select count(*)::int as recent from ${rateLimitAttempts}
        where key = ${key} and attempted_at > now() - make_interval(secs => ${windowSeconds})`);
      if ((row?.recent ?? 0) >= limit) return false;
    }
    await tx.insert(rateLimitAttempts).values(keyed.map(({ key }) => ({ key })));
    return true;
  });
  // Every form's window is far shorter than a day; older rows count for nothing.
  await db.execute(sql`delete from ${rateLimitAttempts} where attempted_at < now() - interval '1 day'`);
  return allowed;
}

/** Forgets an address's attempts on every form, e.g. when its owner asks to be erased. */
export async function forgetRateLimitedEmail(email: string, executor: Executor = db): Promise<void> {
  const forms: RateLimitedForm[] = ['comment', 'quote'];
  await executor.delete(rateLimitAttempts).where(
    inArray(
      rateLimitAttempts.key,
      forms.map((form) => storedKey(form, emailRateLimitKey(email))),
    ),
  );
}
