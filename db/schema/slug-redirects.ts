import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { posts } from './posts';

/** A slug a post was published under before it was renamed; readers get a permanent redirect. */
export const slugRedirects = pgTable('slug_redirects', {
  oldSlug: text('old_slug').primaryKey(),
  postId: integer('post_id')
    .notNull()
    .references(() => posts.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
