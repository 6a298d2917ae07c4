/**
 * The events a webhook endpoint can subscribe to, and what each delivery's body says
 * (docs/decisions/026-webhooks.md). Plain data: lib/data writes them into the outbox, the worker sends them.
 */
export const WEBHOOK_EVENT_TYPES = ['post.published', 'post.updated', 'post.unpublished', 'post.deleted', 'comment.approved', 'framework.updated'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** What lib/data hands the outbox: the event, what it is about (`post:12`), its data, and when it is due (a scheduled post). */
export interface OutboxEvent {
  type: WebhookEventType;
  subject: string;
  data: Record<string, unknown>;
  dueAt?: Date;
}

/** The JSON body of every delivery; built from the stored row, so every attempt sends the same bytes. */
export function deliveryBody(event: { id: string; type: string; createdAt: Date; payload: unknown }): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.payload });
}
