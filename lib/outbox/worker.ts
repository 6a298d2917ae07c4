import 'server-only';
import { unseal } from '@/lib/auth/sealed';
import { claimDueDeliveries, listenForOutbox, recordAttempt, type ClaimedDelivery } from '@/lib/data/webhook-outbox';
import { env } from '@/lib/env';
import { deliver, type AttemptResult } from './deliver';
import { deliveryBody } from './events';
import { DEFAULT_RETRY_DELAYS_MS, retryDelayAfter } from './retry-schedule';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature';

export interface WebhookWorkerOptions {
  /** Deliveries in flight at once, per worker. */
  concurrency?: number;
  /** The most one delivery may take, answer included. */
  timeoutMs?: number;
  /** How often an idle worker looks for due retries and scheduled events; a committed event wakes it at once. */
  pollMs?: number;
  retryDelaysMs?: readonly number[];
  allowPrivateNetworks?: boolean;
  now?: () => Date;
  /** Whether to LISTEN for new events (tests may rely on polling alone). */
  listen?: boolean;
}

export interface WebhookWorker {
  start(): Promise<void>;
  /** Stops claiming, and waits for the deliveries in flight to be recorded. */
  stop(): Promise<void>;
  /** Deliveries this worker has sent, whatever their outcome. */
  readonly attemptsMade: number;
}

/** A lease longer than any attempt: the row stays claimed while it is in flight, and is claimed again only if this worker died. */
const LEASE_MARGIN_MS = 30_000;

/**
 * The background sender. Runs apart from every request: an edit only writes the outbox row (lib/data),
 * so a slow or failing receiver costs the edit nothing. Several workers (one per instance) share the
 * outbox safely: each claims with SKIP LOCKED (claimDueDeliveries).
 */
export function createWebhookWorker(options: WebhookWorkerOptions = {}): WebhookWorker {
  const concurrency = options.concurrency ?? 4;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pollMs = options.pollMs ?? 5_000;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const allowPrivateNetworks = options.allowPrivateNetworks ?? env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS;
  const now = options.now ?? (() => new Date());
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let pumping = false;
  let wokenWhilePumping = false;
  let timer: NodeJS.Timeout | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let attemptsMade = 0;

  async function send(delivery: ClaimedDelivery): Promise<void> {
    const secret = unseal(delivery.sealedSecret);
    const body = deliveryBody({ id: delivery.eventId, type: delivery.eventType, createdAt: delivery.eventCreatedAt, payload: delivery.payload });
    const result: AttemptResult = secret
      ? await deliver({
          url: delivery.url,
          body,
          timeoutMs,
          allowPrivateNetworks,
          headers: { [SIGNATURE_HEADER]: signatureHeader(secret, body, Math.floor(now().getTime() / 1000)), [EVENT_ID_HEADER]: delivery.eventId, [EVENT_TYPE_HEADER]: delivery.eventType },
        })
      : { statusCode: null, durationMs: 0, error: 'The signing secret cannot be read (was AUTH_SECRET changed?). Delete the endpoint and add it again.' };
    attemptsMade += 1;
    const delay = secret ? retryDelayAfter(delivery.attempts, retryDelays) : null;
    const next = result.error === null ? 'delivered' : delay === null ? 'failed' : new Date(now().getTime() + delay);
    await recordAttempt({ deliveryId: delivery.id, ...result, next });
  }

  function track(delivery: ClaimedDelivery) {
    const sending = send(delivery)
      .catch((error: unknown) => console.warn(`Webhook delivery ${delivery.id} could not be recorded; it is tried again when its lease ends:`, error))
      .finally(() => {
        inFlight.delete(sending);
        wake();
      });
    inFlight.add(sending);
  }

  async function pump() {
    if (!running) return;
    if (pumping) {
      wokenWhilePumping = true;
      return;
    }
    pumping = true;
    try {
      do {
        wokenWhilePumping = false;
        const free = concurrency - inFlight.size;
        if (free <= 0) break;
        const claimed = await claimDueDeliveries(free, timeoutMs + LEASE_MARGIN_MS, now());
        claimed.forEach(track);
        if (claimed.length === free) wokenWhilePumping = true;
      } while (wokenWhilePumping && running);
    } catch (error) {
      // The database may be away: the next poll tries again.
      console.warn('The webhook worker could not claim deliveries:', error instanceof Error ? error.message : error);
    } finally {
      pumping = false;
    }
  }

  function wake() {
    void pump();
  }

  function schedulePoll() {
    timer = setTimeout(() => {
      wake();
      if (running) schedulePoll();
    }, pollMs);
    timer.unref();
  }

  return {
    get attemptsMade() {
      return attemptsMade;
    },
    async start() {
      if (running) return;
      running = true;
      if (options.listen ?? true) {
        // Without the LISTEN (the database is away at start) the poll still delivers, only up to pollMs later.
        unlisten = await listenForOutbox(wake).then(
          (listening) => listening.unlisten,
          (error: unknown) => (console.warn('The webhook worker cannot LISTEN; it polls instead:', error instanceof Error ? error.message : error), null),
        );
      }
      schedulePoll();
      wake();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      // At shutdown the pool may already be closing, taking the LISTEN connection with it: nothing is left to undo then.
      await unlisten?.().catch(() => {});
      await Promise.allSettled([...inFlight]);
    },
  };
}
