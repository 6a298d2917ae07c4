import { sql, type SQL } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { media } from './media';
import { timestamps, tsvector } from './columns';
import { users } from './users';

export const postStatus = pgEnum('post_status', ['draft', 'published', 'scheduled']);

export const posts = pgTable(
  'posts',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull().default(''),
    body: text('body').notNull().default(''),
    status: postStatus('status').notNull().default('draft'),
    /** For scheduled posts, the moment they go live; readers see them from then on. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    /** Optional picture for the post header, cards and social previews; an image in use cannot be deleted. */
    featureMediaId: integer('feature_media_id').references(() => media.id, { onDelete: 'restrict' }),
    /** Incremented on every save, so concurrent edits can be detected. */
    version: integer('version').notNull().default(1),
    /** Set when the post is moved to the trash; null while it lives. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${posts.title}), 'A') || setweight(to_tsvector('english', ${posts.excerpt}), 'B') || setweight(to_tsvector('english', ${posts.body}), 'C')`,
      ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('posts_slug_idx').on(t.slug),
    index('posts_visible_idx').on(t.publishedAt.desc()).where(sql`${t.deletedAt} is null and ${t.status} <> 'draft'`),
    index('posts_category_idx').on(t.categoryId, t.publishedAt.desc()),
    index('posts_search_idx').using('gin', t.searchVector),
  ],
);
