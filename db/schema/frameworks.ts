import { sql, type SQL } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps, tsvector } from './columns';
import { media } from './media';
import { posts } from './posts';

/** A draft framework is the editors' alone: no page, list, sitemap, search or feed names it. */
export const frameworkStatus = pgEnum('framework_status', ['draft', 'published']);

export const frameworks = pgTable(
  'frameworks',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    /** Rows older than the column were all public, hence the default; lib/data creates new ones as drafts. */
    status: frameworkStatus('status').notNull().default('published'),
    name: text('name').notNull(),
    language: text('language').notNull(),
    firstReleased: integer('first_released').notNull(),
    creator: text('creator').notNull(),
    architecture: text('architecture').notNull(),
    bestFor: text('best_for').notNull().default(''),
    /** Markdown. */
    overview: text('overview').notNull().default(''),
    pros: text('pros').array().notNull().default(sql`'{}'::text[]`),
    cons: text('cons').array().notNull().default(sql`'{}'::text[]`),
    /** Prose form of the best use cases, where the article gives prose rather than a list. */
    bestUseCasesSummary: text('best_use_cases_summary'),
    bestUseCases: text('best_use_cases').array().notNull().default(sql`'{}'::text[]`),
    keyFeatures: text('key_features').array().notNull().default(sql`'{}'::text[]`),
    /**
     * Every list flattened to text by lib/data on write. A generated column
     * cannot do this itself: array_to_string is not IMMUTABLE.
     */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${frameworks.name}), 'A') || setweight(to_tsvector('english', ${frameworks.language} || ' ' || ${frameworks.architecture}), 'B') || setweight(to_tsvector('english', ${frameworks.searchText}), 'C')`,
      ),
    /** Optional logo from the media library: the page header and social previews. */
    logoMediaId: integer('logo_media_id').references(() => media.id, { onDelete: 'restrict' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('frameworks_slug_idx').on(t.slug), index('frameworks_search_idx').using('gin', t.searchVector)],
);

/** The ranked list that ties a "Top N" post to its frameworks. */
export const postFrameworks = pgTable(
  'post_frameworks',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.frameworkId] }), index('post_frameworks_framework_idx').on(t.frameworkId)],
);
