import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Where an admin asked us to POST events (docs/decisions/026-webhooks.md). The signing secret is
 * stored sealed (lib/auth/sealed.ts): we must read it back to sign, and a copy of the database alone
 * should not let anyone forge our deliveries.
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: serial('id').primaryKey(),
  url: text('url').notNull(),
  /** Event types this endpoint receives, such as post.published. */
  events: text('events').array().notNull(),
  sealedSecret: text('sealed_secret').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The outbox: one row per event, written in the same transaction as the change it announces, so an
 * event exists exactly when its change committed. `subject` names what it is about (`post:12`), so a
 * scheduled publication not yet due can be withdrawn when the post is rescheduled or trashed.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    /** Sent as Musings-Event-Id: receivers dedupe on it (a redelivery keeps it). */
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it may be delivered: now, or a scheduled post's publication time. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_events_subject_idx').on(t.subject, t.dueAt)],
);

/**
 * One event for one endpoint. Workers claim due rows with FOR UPDATE SKIP LOCKED and push
 * `next_attempt_at` past the request timeout as a lease, so a worker that dies mid-delivery
 * leaves the row to be claimed again later rather than lost.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: serial('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => webhookEvents.id, { onDelete: 'cascade' }),
    endpointId: integer('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** pending (waiting or in flight), delivered, failed (gave up after about a day). */
    state: text('state', { enum: ['pending', 'delivered', 'failed'] }).notNull().default('pending'),
    /** Attempts since it was created or last redelivered: what the backoff counts. */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
  ],
);

/** Every attempt, as the admin page shows it: status code, time taken, error. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: serial('id').primaryKey(),
    deliveryId: integer('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId)],
);
