import { customType, timestamp } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text vector; only ever written by a generated column. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** created_at / updated_at, with time zone, shared by every aggregate. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
