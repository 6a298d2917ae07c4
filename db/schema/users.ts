import { sql } from 'drizzle-orm';
import { type AnyPgColumn, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { media } from './media';

export const userRole = pgEnum('user_role', ['admin', 'editor', 'author']);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** The author page's address, /author/<slug>: made from the name once, kept when the name changes. */
    slug: text('slug').notNull(),
    /** A few sentences on the author page, plain text. */
    bio: text('bio').notNull().default(''),
    /** Optional portrait (typed by hand: media and users refer to each other) from the media library; initials stand in without one. */
    avatarMediaId: integer('avatar_media_id').references((): AnyPgColumn => media.id, { onDelete: 'restrict' }),
    role: userRole('role').notNull().default('author'),
    /** Null for authors who exist only as bylines and cannot sign in. */
    passwordHash: text('password_hash'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Sessions signed in before this moment are refused; an admin's password reset sets it. */
    sessionsValidFrom: timestamp('sessions_valid_from', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`), uniqueIndex('users_slug_idx').on(t.slug)],
);
