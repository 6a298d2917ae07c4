import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, serial, smallint, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { contentKind } from './revisions';
import { users } from './users';

export const commentStatus = pgEnum('comment_status', ['pending', 'approved', 'spam', 'trash']);

/**
 * A reader's comment on a post or a framework page, or a staff reply.
 * `target_id` addresses two tables, so it has no foreign key; comments of an
 * item deleted for good are removed by lib/data/comments.ts.
 */
export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    targetKind: contentKind('target_kind').notNull(),
    targetId: integer('target_id').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    /** 1 for a top-level comment, at most 3 (a reply deeper than that attaches to a depth-3 comment's parent level). */
    depth: smallint('depth').notNull().default(1),
    authorName: text('author_name').notNull(),
    /** Never shown to readers; used for moderation (trusted commenters) and privacy erasure. */
    email: text('email').notNull(),
    /** Keyed HMAC of the client address (lib/comments/ip.ts); the raw IP is never stored. */
    ipHash: text('ip_hash'),
    /** Markdown as typed, rendered with the `comment` profile. */
    body: text('body').notNull(),
    status: commentStatus('status').notNull().default('pending'),
    /** Why a new comment was held, for the moderator: e.g. "first comment", "3 links", "blocked word". */
    heldReason: text('held_reason'),
    /** Set for replies written by staff in the admin; shows the "Author" badge. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    // A page of a thread (oldest first) and the count of approved comments per item.
    index('comments_target_status_created_idx').on(t.targetKind, t.targetId, t.status, t.createdAt, t.id),
    // The moderation queue: one tab per status, newest first.
    index('comments_status_created_idx').on(t.status, t.createdAt.desc()),
    index('comments_email_idx').on(sql`lower(${t.email})`),
    index('comments_parent_idx').on(t.parentId),
  ],
);

/** Words or phrases that hold a comment for moderation, matched case-insensitively as whole words. */
export const blockedWords = pgTable(
  'blocked_words',
  {
    id: serial('id').primaryKey(),
    word: text('word').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('blocked_words_word_idx').on(sql`lower(${t.word})`)],
);

/**
 * The hash of each comment form token that has posted a comment, so a token
 * posts once, on every app instance. Rows older than the token's maximum age
 * are pruned: by then the token is refused as expired anyway.
 */
export const usedCommentFormTokens = pgTable(
  'used_comment_form_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    usedAt: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('used_comment_form_tokens_used_at_idx').on(t.usedAt)],
);
