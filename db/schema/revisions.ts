import { index, integer, jsonb, pgEnum, pgTable, serial, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

/** What a revision, an audit entry or a comment belongs to. */
export const contentKind = pgEnum('content_kind', ['post', 'framework']);

/**
 * One row per save of a post or framework: who, when, and the full content
 * as it stood after the save, so any revision can be shown, diffed or restored
 * without replaying others. Rows are never updated; they go only when the
 * item itself is deleted for good (emptying the trash).
 */
export const revisions = pgTable(
  'revisions',
  {
    id: serial('id').primaryKey(),
    kind: contentKind('kind').notNull(),
    /** The post or framework id; no foreign key, because two tables are addressed. */
    itemId: integer('item_id').notNull(),
    /** The item's version this save produced. */
    version: integer('version').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The saved fields, shaped by lib/data/revisions.ts. */
    content: jsonb('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('revisions_item_version_idx').on(t.kind, t.itemId, t.version), index('revisions_item_idx').on(t.kind, t.itemId, t.createdAt.desc())],
);
