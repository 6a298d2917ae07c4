import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/** What an imported record became here; each kind's local id is an id of its own table. */
export const IMPORT_KINDS = ['user', 'category', 'tag', 'post', 'comment', 'media'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * Which of our rows an import made from which record of which site, so running the same
 * import again updates those rows instead of adding copies (decision 027). `source` names
 * the site, e.g. `wordpress:https://old.example.com`; `external_id` is that site's own id.
 * No foreign key (the kind decides the table): a row deleted here since is made again.
 */
export const importMappings = pgTable(
  'import_mappings',
  {
    source: text('source').notNull(),
    kind: text('kind').$type<ImportKind>().notNull(),
    externalId: text('external_id').notNull(),
    localId: integer('local_id').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.source, t.kind, t.externalId] }),
    index('import_mappings_local_idx').on(t.kind, t.localId),
    check('import_mappings_kind_check', sql`${t.kind} in ('user', 'category', 'tag', 'post', 'comment', 'media')`),
  ],
);

export const LEGACY_PERMALINK_KINDS = ['post', 'category', 'tag', 'media'] as const;
export type LegacyPermalinkKind = (typeof LEGACY_PERMALINK_KINDS)[number];

/**
 * An address the imported site answered at (`/2024/03/hello/`, `/?p=4`, an attachment page),
 * stored normalised by lib/import/permalinks.ts, and what it addressed here. proxy.ts answers it
 * with a 308 to the target's current address; it looks only at addresses no route of ours has.
 */
export const legacyPermalinks = pgTable(
  'legacy_permalinks',
  {
    path: text('path').primaryKey(),
    kind: text('kind').$type<LegacyPermalinkKind>().notNull(),
    targetId: integer('target_id').notNull(),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('legacy_permalinks_kind_check', sql`${t.kind} in ('post', 'category', 'tag', 'media')`)],
);
