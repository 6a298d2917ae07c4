// @ts-check
/**
 * Carries cache-tag invalidations between app instances over PostgreSQL
 * LISTEN/NOTIFY, so an edit made through one instance expires the pages of
 * every other instance at once. No cache read ever queries the database:
 * instances learn about invalidations by push, on one listening connection.
 * See docs/decisions/003-caching-and-invalidation.md and 014-coherence.md.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { purgeSharedCaches } from './purge/index.mjs';

export const CHANNEL = 'musings_cache_invalidation';
// NOTIFY payloads are limited to 8000 bytes; tags are sent in batches below that.
const MAX_PAYLOAD_BYTES = 7000;
/** A tag name standing for "everything": delivered when a listener may have missed messages. */
export const ALL_TAGS = '*';
/**
 * How soon a lost listening connection is tried again, every time, however long the outage.
 * postgres.js's own backoff grows to 20 s, which left an instance deaf for 18 s after a restart.
 */
const RETRY_MS = 250;
/** A NOTIFY that fails is sent again this many times in all, RETRY_MS apart (about 2 s). */
const NOTIFY_ATTEMPTS = 8;
/** Where instances confirm that they have applied an invalidation (see waitForPeers). */
export const ACK_CHANNEL = 'musings_cache_invalidation_applied';
/**
 * How long an edit waits for the other instances to confirm. A NOTIFY reaches a busy instance's
 * socket at once, but its event loop may serve a reader's request before it reads the message;
 * waiting for the confirmation closes that gap for every request that starts after the edit
 * returns. An instance slower than this (or gone) is not waited for: the edit never hangs.
 */
const ACK_TIMEOUT_MS = 1500;

/**
 * @typedef {(tags: string[]) => void} InvalidationListener
 * @typedef {{ enabled: boolean, listening: boolean, since: number | null, reconnects: number }} FanoutStatus
 * @typedef {{
 *   publish(tags: string[]): Promise<void>,
 *   subscribe(listener: InvalidationListener): void,
 *   status(): FanoutStatus,
 *   close(): Promise<void>,
 * }} Fanout
 * @typedef {{ url?: string, instanceId?: string, applicationName?: string, peerNamePrefix?: string, retryMs?: number }} FanoutOptions
 *   peerNamePrefix: the application_name every instance's fan-out connection starts with (default: applicationName)
 */

/**
 * A fan-out on its own connection. The app uses one per process (getFanout);
 * tests build several to stand for several instances.
 * @param {FanoutOptions} options
 * @returns {Fanout}
 */
export function createFanout({ url, instanceId = randomUUID(), applicationName = 'musings-cache-fanout', peerNamePrefix = applicationName, retryMs = RETRY_MS } = {}) {
  /** @type {Set<InvalidationListener>} */
  const listeners = new Set();
  const deliver = (/** @type {string[]} */ tags) => listeners.forEach((listener) => listener(tags));
  const subscribe = (/** @type {InvalidationListener} */ listener) => void listeners.add(listener);
  if (!url) {
    const status = () => ({ enabled: false, listening: false, since: null, reconnects: 0 });
    return { publish: async () => {}, subscribe, status, close: async () => {} };
  }

  const confirmations = confirmationTracker();
  /** @type {number | null} */
  let since = null;
  let reconnects = 0;
  let everListened = false;
  let failedSinceListening = false;
  let closed = false;
  /** @type {NodeJS.Timeout | null} */
  let retryTimer = null;

  // onnotify is postgres.js's hook for every notification on its connections; its types omit it.
  const sql = postgres(url, /** @type {postgres.Options<{}>} */ ({
    max: 1,
    // This connection only listens and notifies: it must never be closed for being idle or old,
    // since every reconnect expires the whole cache.
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: 5,
    backoff: () => retryMs / 1000,
    fetch_types: false,
    onnotice: () => {},
    connection: { application_name: applicationName },
    onnotify(/** @type {string} */ channel, /** @type {string} */ payload) {
      if (channel === ACK_CHANNEL) return confirmations.receive(payload, instanceId);
      if (channel !== CHANNEL) return;
      const message = readMessage(payload, instanceId);
      if (!message) return;
      deliver(message.tags);
      // Applied (the listeners are synchronous): the sender may stop waiting for this instance. Only
      // the peers it counted answer (same deployment name), so a stranger's answer cannot stand in.
      if (message.ack && message.group === peerNamePrefix) sql.notify(ACK_CHANNEL, JSON.stringify({ ack: message.ack, from: instanceId })).catch(() => {});
    },
    onclose() {
      if (closed) return;
      if (since !== null) console.warn(`Cache invalidation fan-out lost its connection; retrying every ${retryMs} ms.`);
      since = null;
      failedSinceListening = true;
      scheduleListen();
    },
  }));

  function scheduleListen() {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void listen();
    }, retryMs);
    retryTimer.unref();
  }

  async function listen() {
    if (closed || since !== null) return;
    try {
      await sql.unsafe(`listen "${CHANNEL}"`);
      await sql.unsafe(`listen "${ACK_CHANNEL}"`);
    } catch {
      failedSinceListening = true;
      scheduleListen(); // onclose usually schedules it too; the timer is shared
      return;
    }
    if (closed) return;
    // Whatever was sent while this instance was not listening is lost. Which tags it named is
    // unknowable, so everything cached before this moment is expired (decision 014).
    const missedSome = everListened || failedSinceListening;
    if (everListened) reconnects += 1;
    everListened = true;
    failedSinceListening = false;
    since = Date.now();
    if (missedSome) deliver([ALL_TAGS]);
  }
  void listen();

  const publisher = coalescingPublisher(async (tags) => {
    try {
      await notifyInBatches(tags);
    } finally {
      // Shared caches (Varnish, a CDN) are purged by the instance that made the edit, whether or
      // not the other instances could be told; it never waits for or fails the edit.
      purgeSharedCaches(tags);
    }
  });

  /** @param {string[]} tags */
  async function notifyInBatches(tags) {
    const peers = await countPeers();
    const all = batches(tags);
    const ack = peers > 0 ? randomUUID() : undefined;
    // Notifications from one session arrive in order: the last batch's confirmation covers all.
    const confirmed = ack ? confirmations.expect(ack, peers, ACK_TIMEOUT_MS) : Promise.resolve();
    for (const [index, batch] of all.entries()) {
      const payload = JSON.stringify({ from: instanceId, tags: batch, ...(index === all.length - 1 && ack ? { ack, group: peerNamePrefix } : {}) });
      // Right after a database restart the connection may still be coming back: try again for a
      // while rather than leave the other instances stale until CACHE_MAX_AGE_SECONDS.
      for (let attempt = 1; ; attempt++) {
        try {
          await sql.notify(CHANNEL, payload);
          break;
        } catch (error) {
          if (closed || attempt >= NOTIFY_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, retryMs));
        }
      }
    }
    await confirmed;
  }

  /** The other instances' fan-outs connected to this database now (a query per edit, never per view). */
  async function countPeers() {
    try {
      const [row] = await sql`
        select count(*)::int as peers from pg_stat_activity
        where datname = current_database() and application_name like ${`${peerNamePrefix}%`} and pid <> pg_backend_pid()`;
      return row?.peers ?? 0;
    } catch {
      return 0; // the NOTIFY below fails too, and says why
    }
  }

  return {
    subscribe,
    publish: publisher,
    status: () => ({ enabled: true, listening: since !== null, since, reconnects }),
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      since = null;
      await sql.end({ timeout: 1 });
    },
  };
}

/**
 * One NOTIFY per invalidation, whoever asks. Next hands every invalidation to both cache
 * handlers in the same tick (the data cache's updateTags and the page cache's revalidateTag);
 * each applies it locally and calls publish. Tags asked for before the next macrotask are
 * sent once, together.
 * @param {(tags: string[]) => Promise<void>} send
 * @returns {(tags: string[]) => Promise<void>}
 */
function coalescingPublisher(send) {
  /** @type {Set<string>} */
  let pending = new Set();
  /** @type {Promise<void> | null} */
  let flush = null;
  return (tags) => {
    for (const tag of tags) pending.add(tag);
    flush ??= new Promise((resolve) => setImmediate(resolve)).then(async () => {
      const tagsToSend = [...pending];
      pending = new Set();
      flush = null;
      try {
        await send(tagsToSend);
      } catch (error) {
        // The edit is saved and applied here; the other instances heal when their listener
        // reconnects or their entries reach CACHE_MAX_AGE_SECONDS. Failing the edit would not help.
        console.error(`Cache invalidation could not be sent to the other instances: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return flush;
  };
}

/**
 * The tags of a message from another instance, or null for our own or a malformed one
 * (anyone with database access can NOTIFY on the channel; a bad payload must not crash us).
 * @param {string} payload @param {string} instanceId
 */
function readMessage(payload, instanceId) {
  try {
    const message = JSON.parse(payload);
    if (message?.from === instanceId || !Array.isArray(message?.tags)) return null;
    const tags = message.tags.filter((/** @type {unknown} */ tag) => typeof tag === 'string');
    if (tags.length === 0) return null;
    return { tags, ack: typeof message.ack === 'string' ? message.ack : undefined, group: typeof message.group === 'string' ? message.group : undefined };
  } catch {
    return null;
  }
}

/**
 * Confirmations that other instances applied an invalidation: expect(id, count, timeout)
 * resolves once `count` instances confirmed `id`, or at the timeout.
 */
function confirmationTracker() {
  /** @type {Map<string, { remaining: number, done: () => void }>} */
  const waiting = new Map();
  return {
    /** @param {string} id @param {number} count @param {number} timeoutMs @returns {Promise<void>} */
    expect(id, count, timeoutMs) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => done(), timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve();
        };
        waiting.set(id, { remaining: count, done });
      });
    },
    /** @param {string} payload @param {string} instanceId */
    receive(payload, instanceId) {
      try {
        const { ack, from } = JSON.parse(payload);
        const entry = waiting.get(ack);
        if (!entry || from === instanceId) return;
        entry.remaining -= 1;
        if (entry.remaining <= 0) entry.done();
      } catch {
        // not a confirmation of ours
      }
    },
  };
}

/** @param {string[]} tags */
export function batches(tags) {
  /** @type {string[][]} */
  const result = [[]];
  let size = 0;
  for (const tag of tags) {
    const bytes = Buffer.byteLength(JSON.stringify(tag)) + 1;
    if (size + bytes > MAX_PAYLOAD_BYTES && result[result.length - 1]?.length) {
      result.push([]);
      size = 0;
    }
    result[result.length - 1]?.push(tag);
    size += bytes;
  }
  return result.filter((batch) => batch.length > 0);
}

/**
 * One fan-out per process, shared by both cache handlers. Next may load each
 * handler module more than once, so the instance lives on globalThis.
 * @returns {Fanout}
 */
export function getFanout() {
  const holder = /** @type {{ __musingsFanout?: Fanout }} */ (globalThis);
  // The build renders pages once and exits; it neither shares nor receives invalidations.
  const enabled = process.env.NEXT_PHASE !== 'phase-production-build' && process.env.CACHE_FANOUT !== 'off';
  holder.__musingsFanout ??= createFanout({ url: enabled ? process.env.DATABASE_URL : undefined });
  return holder.__musingsFanout;
}
