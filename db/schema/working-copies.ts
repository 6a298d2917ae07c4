import { integer, jsonb, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { contentKind } from './revisions';
import { users } from './users';

/**
 * What an editor has typed but not saved yet, kept by autosave a few seconds
 * after typing stops. One per person per item, so two editors never overwrite
 * each other's unsaved text. It is not a revision: readers never see it, and
 * it goes when its author saves (in the save's transaction) or discards it.
 */
export const workingCopies = pgTable(
  'working_copies',
  {
    kind: contentKind('kind').notNull(),
    /** The post or framework id; no foreign key, because two tables are addressed. */
    itemId: integer('item_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The item's version the text was typed on: a save from it merges against that revision. */
    baseVersion: integer('base_version').notNull(),
    /** The editor's fields as typed (strings), shaped by lib/data/working-copies.ts. */
    fields: jsonb('fields').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.itemId, t.userId] })],
);
