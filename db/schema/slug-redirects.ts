import { check, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** What a redirect's old slug addressed: each kind has its own URL space, so one slug may redirect once per kind. */
export const SLUG_REDIRECT_KINDS = ['post', 'category', 'tag', 'framework'] as const;
export type SlugRedirectKind = (typeof SLUG_REDIRECT_KINDS)[number];

/**
 * A slug readers knew a post, category, tag or framework by before it was renamed or merged
 * away; its page answers a permanent redirect to the target's current slug
 * (decisions 007, 021 and 022). The target is an id of the kind's table, so renaming
 * twice chains nothing. No foreign key (it depends on the kind): every read joins
 * the target's table, so a redirect to something deleted is a 404.
 */
export const slugRedirects = pgTable(
  'slug_redirects',
  {
    kind: text('kind').$type<SlugRedirectKind>().notNull().default('post'),
    oldSlug: text('old_slug').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.oldSlug] }),
    check('slug_redirects_kind_check', sql`${t.kind} in ('post', 'category', 'tag', 'framework')`),
  ],
);
