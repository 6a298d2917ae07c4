import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Who did what, and when: one row per admin write. Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** A dotted verb, e.g. `post.publish`, `user.disable` (lib/data/audit.ts lists them). */
    action: text('action').notNull(),
    /** What the action touched, e.g. `post`, `framework`, `user`, `comment`. */
    targetType: text('target_type').notNull(),
    targetId: integer('target_id'),
    /** A human-readable label of the target at the time, e.g. the post title. */
    targetLabel: text('target_label').notNull().default(''),
    details: jsonb('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt.desc()), index('audit_log_actor_idx').on(t.actorId, t.createdAt.desc())],
);
