import 'server-only';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from '@/db/schema';
import type { WebhookEventType } from '@/lib/outbox/events';
import { recordAudit } from './audit';
import { wakeWorkers } from './webhook-outbox';

export interface WebhookEndpointRow {
  id: number;
  url: string;
  events: string[];
  enabled: boolean;
  createdAt: Date;
}

const endpointColumns = { id: webhookEndpoints.id, url: webhookEndpoints.url, events: webhookEndpoints.events, enabled: webhookEndpoints.enabled, createdAt: webhookEndpoints.createdAt };

export function listWebhookEndpoints(): Promise<WebhookEndpointRow[]> {
  return db.select(endpointColumns).from(webhookEndpoints).orderBy(webhookEndpoints.createdAt, webhookEndpoints.id);
}

/** Stores an endpoint with its secret already sealed (the caller showed the plain one once, and keeps no copy). */
export async function createWebhookEndpoint(input: { url: string; events: WebhookEventType[]; sealedSecret: string }, actorId: number): Promise<WebhookEndpointRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ ...input, createdBy: actorId })
      .returning(endpointColumns);
    await recordAudit({ actorId, action: 'webhook.create', targetType: 'webhook', targetId: row!.id, targetLabel: row!.url, details: { events: row!.events } }, tx);
    return row!;
  });
}

/** Turns deliveries to an endpoint off or on; its pending deliveries wait while it is off. Null when there is no such endpoint. */
export async function setWebhookEndpointEnabled(id: number, enabled: boolean, actorId: number): Promise<WebhookEndpointRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(webhookEndpoints).set({ enabled }).where(eq(webhookEndpoints.id, id)).returning(endpointColumns);
    if (!row) return null;
    await recordAudit({ actorId, action: enabled ? 'webhook.enable' : 'webhook.disable', targetType: 'webhook', targetId: id, targetLabel: row.url }, tx);
    if (enabled) await wakeWorkers(tx);
    return row;
  });
}

/** Deletes an endpoint with its deliveries and their attempts. Null when there is no such endpoint. */
export async function deleteWebhookEndpoint(id: number, actorId: number): Promise<WebhookEndpointRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning(endpointColumns);
    if (!row) return null;
    await recordAudit({ actorId, action: 'webhook.delete', targetType: 'webhook', targetId: id, targetLabel: row.url }, tx);
    return row;
  });
}

export interface WebhookAttemptRow {
  attemptedAt: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface WebhookDeliveryRow {
  id: number;
  endpointId: number;
  endpointUrl: string;
  eventId: string;
  eventType: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: WebhookAttemptRow[];
  nextAttemptAt: Date;
  createdAt: Date;
}

export const DELIVERIES_SHOWN = 50;

/** The latest deliveries, newest first, each with every attempt made (oldest first). */
export async function listRecentDeliveries(limit = DELIVERIES_SHOWN): Promise<WebhookDeliveryRow[]> {
  const deliveries = await db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      endpointUrl: webhookEndpoints.url,
      eventId: webhookDeliveries.eventId,
      eventType: webhookEvents.type,
      state: webhookDeliveries.state,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
  if (deliveries.length === 0) return [];
  const attempts = await db
    .select({ deliveryId: webhookAttempts.deliveryId, attemptedAt: webhookAttempts.attemptedAt, statusCode: webhookAttempts.statusCode, durationMs: webhookAttempts.durationMs, error: webhookAttempts.error })
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveries.map((delivery) => delivery.id)))
    .orderBy(webhookAttempts.attemptedAt, webhookAttempts.id);
  return deliveries.map((delivery) => ({
    ...delivery,
    attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id).map(({ deliveryId: _deliveryId, ...attempt }) => attempt),
  }));
}

/**
 * Sends a delivery again as soon as a worker is free, with a fresh count of attempts and the same event id
 * (receivers that already have it can drop it). Null when there is no such delivery.
 */
export async function redeliverWebhook(deliveryId: number, actorId: number): Promise<{ id: number } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ state: 'pending', attempts: 0, nextAttemptAt: sql`now()` })
      .where(eq(webhookDeliveries.id, deliveryId))
      .returning({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId });
    if (!row) return null;
    await recordAudit({ actorId, action: 'webhook.redeliver', targetType: 'webhook_delivery', targetId: row.id, targetLabel: `delivery #${row.id}`, details: { eventId: row.eventId } }, tx);
    await wakeWorkers(tx);
    return { id: row.id };
  });
}
