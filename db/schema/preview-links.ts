import { index, integer, pgEnum, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { posts } from './posts';
import { users } from './users';

/** What a preview link shows: the post as saved, or its creator's unsaved working copy (the saved post once there is none). */
export const previewSource = pgEnum('preview_source', ['saved', 'working-copy']);

/**
 * A link that shows a post that is not public yet to someone without an
 * account. Only a hash of its token is stored: the link is shown once, when
 * it is made. It ends at `expires_at`, when revoked, or when the post goes
 * live (then it redirects to the post).
 */
export const previewLinks = pgTable(
  'preview_links',
  {
    id: serial('id').primaryKey(),
    /** SHA-256 of the token, hex. */
    tokenHash: text('token_hash').notNull().unique(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    source: previewSource('source').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastOpenedAt: timestamp('last_opened_at', { withTimezone: true }),
    openCount: integer('open_count').notNull().default(0),
  },
  (t) => [index('preview_links_post_idx').on(t.postId)],
);
