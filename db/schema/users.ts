import { sql } from 'drizzle-orm';
import { pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

export const userRole = pgEnum('user_role', ['admin', 'editor', 'author']);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull().default('author'),
    /** Null for authors who exist only as bylines and cannot sign in. */
    passwordHash: text('password_hash'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Sessions signed in before this moment are refused; an admin's password reset sets it. */
    sessionsValidFrom: timestamp('sessions_valid_from', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);
