import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Keys for the read-only content API (/api/v1, decision 025). The key itself is shown once, when it
 * is made; only its SHA-256 is kept (a key is 256 random bits, so a fast hash is enough), with its
 * first characters so the admin can tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** `msk_` and the first 6 characters after it: shown in the admin, never enough to use. */
    displayPrefix: text('display_prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: integer('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('api_keys_created_idx').on(t.createdAt)],
);
