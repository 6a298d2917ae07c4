import { integer, pgTable, primaryKey, real, smallint } from 'drizzle-orm/pg-core';
import { posts } from './posts';

/**
 * Each post's closest posts, best first, worked out when content changes
 * (lib/data/related-posts.ts), never per view. Kept for every post readers
 * may see now or later (scheduled ones too); the read keeps only the public.
 */
export const relatedPosts = pgTable(
  'related_posts',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    relatedId: integer('related_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.position] })],
);
