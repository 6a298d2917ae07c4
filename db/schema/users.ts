import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
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
    /** The TOTP secret, sealed with a key derived from AUTH_SECRET (lib/auth/sealed.ts); null until two-factor sign-in is set up. */
    totpSecret: text('totp_secret'),
    /** A secret shown as a QR code but not yet confirmed with a code from the app. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last TOTP time step accepted: a code is good once, so one seen over a shoulder cannot be replayed in its window. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`), uniqueIndex('users_slug_idx').on(t.slug)],
);
