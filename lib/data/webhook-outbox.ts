import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { sql as client, db } from '@/db/client';
import { webhookEvents } from '@/db/schema';
import type { OutboxEvent } from '@/lib/outbox/events';
import type { Executor } from './audit';

/** The channel a committed event wakes the delivery workers on (NOTIFY is sent at commit, and only then). */
export const OUTBOX_CHANNEL = 'musings_webhook_outbox';

/**
 * Writes events into the outbox in the caller's transaction, with one delivery per enabled endpoint that
 * subscribes to the type. An event nobody subscribes to is not stored at all. A scheduled post's
 * publication is written now with its due time and waits in the outbox (see withdrawScheduledEvents).
 */
export async function enqueueEvents(tx: Executor, events: OutboxEvent[]): Promise<void> {
  for (const event of events) {
    // postgres.js binds text for raw parameters: dates go as ISO strings.
    const dueAt = event.dueAt?.toISOString() ?? null;
    await tx.execute(sql`
      with subscribers as (
        select id from webhook_endpoints where enabled and ${event.type} = any(events)
      ), event as (
        insert into webhook_events (type, subject, payload, due_at)
        select ${event.type}, ${event.subject}, ${JSON.stringify(event.data)}::jsonb, coalesce(${dueAt}::timestamptz, now())
        where exists (select 1 from subscribers)
        returning id, due_at
      )
      insert into webhook_deliveries (event_id, endpoint_id, next_attempt_at)
      select event.id, subscribers.id, event.due_at from event, subscribers`);
  }
  if (events.length > 0) await wakeWorkers(tx);
}

/** Wakes every instance's worker once the caller's transaction commits (NOTIFY is held until then, and dropped on rollback). */
export async function wakeWorkers(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/** Withdraws what is still waiting for a later time about `subject` (a scheduled publication), when the post is rescheduled, unpublished or trashed. */
export async function withdrawScheduledEvents(tx: Executor, subject: string): Promise<void> {
  await tx.delete(webhookEvents).where(and(eq(webhookEvents.subject, subject), gt(webhookEvents.dueAt, sql`now()`)));
}

/** One delivery a worker has claimed: everything it needs to send it. */
export interface ClaimedDelivery {
  id: number;
  attempts: number;
  eventId: string;
  eventType: string;
  eventCreatedAt: Date;
  payload: unknown;
  url: string;
  sealedSecret: string;
}

/**
 * Claims up to `limit` due deliveries of enabled endpoints. FOR UPDATE SKIP LOCKED lets several workers
 * (several instances) claim at once without waiting on each other or taking the same row; the claim
 * counts the attempt and moves `next_attempt_at` on by `leaseMs`, so no other worker takes the row while
 * it is in flight, and a worker that dies leaves it to be tried again once the lease ends.
 */
export async function claimDueDeliveries(limit: number, leaseMs: number, now: Date = new Date()): Promise<ClaimedDelivery[]> {
  const rows = await db.execute<{ id: number; attempts: number; event_id: string; type: string; created_at: string; payload: unknown; url: string; sealed_secret: string }>(sql`
    update webhook_deliveries d
    set attempts = d.attempts + 1, next_attempt_at = ${now.toISOString()}::timestamptz + make_interval(secs => ${leaseMs / 1000})
    from webhook_events ev, webhook_endpoints ep
    where d.id in (
      select due.id from webhook_deliveries due
      join webhook_endpoints enabled on enabled.id = due.endpoint_id and enabled.enabled
      where due.state = 'pending' and due.next_attempt_at <= ${now.toISOString()}::timestamptz
      order by due.next_attempt_at, due.id
      limit ${limit}
      for update of due skip locked
    ) and ev.id = d.event_id and ep.id = d.endpoint_id
    returning d.id, d.attempts, ev.id as event_id, ev.type, ev.created_at, ev.payload, ep.url, ep.sealed_secret`);
  return rows.map((row) => ({
    id: row.id,
    attempts: row.attempts,
    eventId: row.event_id,
    eventType: row.type,
    eventCreatedAt: new Date(row.created_at),
    payload: row.payload,
    url: row.url,
    sealedSecret: row.sealed_secret,
  }));
}

export interface AttemptRecord {
  deliveryId: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** delivered, a time to try again, or failed (gave up). */
  next: 'delivered' | 'failed' | Date;
}

/** Records an attempt and what follows from it, in one transaction. */
export async function recordAttempt(attempt: AttemptRecord): Promise<void> {
  const state = attempt.next instanceof Date ? 'pending' : attempt.next;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into webhook_attempts (delivery_id, status_code, duration_ms, error)
      values (${attempt.deliveryId}, ${attempt.statusCode}, ${attempt.durationMs}, ${attempt.error})`);
    await tx.execute(sql`
      update webhook_deliveries set state = ${state}, next_attempt_at = coalesce(${attempt.next instanceof Date ? attempt.next.toISOString() : null}::timestamptz, next_attempt_at)
      where id = ${attempt.deliveryId}`);
  });
}

/** Calls `onWake` whenever an event commits (or a redelivery is asked for). postgres.js keeps the LISTEN connection up by itself. */
export async function listenForOutbox(onWake: () => void): Promise<{ unlisten: () => Promise<void> }> {
  const listening = await client.listen(OUTBOX_CHANNEL, onWake, onWake);
  return { unlisten: () => listening.unlisten() };
}
