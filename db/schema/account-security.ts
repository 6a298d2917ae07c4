import { boolean, check, index, integer, pgTable, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';

/**
 * One row per signed-in browser. The JWT names its row, and every request checks that the row is
 * still open, so a person can see where they are signed in and end any of those sessions
 * (JWTs alone cannot be taken back before they expire).
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    /** 128 random bits, base64url: the JWT carries it. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    signedInAt: timestamp('signed_in_at', { withTimezone: true }).notNull().defaultNow(),
    /** Brought up to date at most every few minutes, so a page view does not write. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The browser's own description of itself, cut to 300 characters: to tell sessions apart, nothing more. */
    userAgent: text('user_agent').notNull().default(''),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId)],
);

/** Ten single-use codes for signing in without the authenticator app; only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** The site's own security settings: one row, id 1. */
export const siteSecurity = pgTable(
  'site_security',
  {
    id: smallint('id').primaryKey().default(1),
    /** Admins and editors must set up two-factor sign-in before the admin lets them do anything else. */
    requireTwoFactorForEditors: boolean('require_two_factor_for_editors').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('site_security_one_row', sql`${t.id} = 1`)],
);
