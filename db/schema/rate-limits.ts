import { index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per submission that reached a form's rate limiter (comments,
 * quote requests), keyed `<form>:ip:<keyed hash>` or `<form>:email:<lowercased
 * address>`, so the limit holds across app instances. Old rows are pruned as
 * new ones arrive (lib/data/rate-limit.ts).
 */
export const rateLimitAttempts = pgTable(
  'rate_limit_attempts',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rate_limit_attempts_key_time_idx').on(t.key, t.attemptedAt.desc())],
);
