// @ts-check
/**
 * Carries cache-tag invalidations between app instances over PostgreSQL
 * LISTEN/NOTIFY, so an edit made through one instance expires the pages of
 * every other instance at once. No cache read ever queries the database:
 * instances learn about invalidations by push, on one listening connection.
 * See docs/decisions/003-caching-and-invalidation.md.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { purgeSharedCaches } from './purge/index.mjs';

const CHANNEL = 'musings_cache_invalidation';
// NOTIFY payloads are limited to 8000 bytes; tags are sent in batches below that.
const MAX_PAYLOAD_BYTES = 7000;
/** A tag name standing for "everything": sent when a listener may have missed messages. */
export const ALL_TAGS = '*';

/**
 * @typedef {(tags: string[]) => void} InvalidationListener
 * @typedef {{ publish(tags: string[]): Promise<void>, subscribe(listener: InvalidationListener): void }} Fanout
 */

const instanceId = randomUUID();

/** @returns {Fanout} */
function createFanout() {
  /** @type {Set<InvalidationListener>} */
  const listeners = new Set();
  const deliver = (/** @type {string[]} */ tags) => listeners.forEach((listener) => listener(tags));
  const url = process.env.DATABASE_URL;
  // The build renders pages once and exits; it neither shares nor receives invalidations.
  const enabled = Boolean(url) && process.env.NEXT_PHASE !== 'phase-production-build' && process.env.CACHE_FANOUT !== 'off';
  if (!enabled || !url) {
    return { publish: async () => {}, subscribe: (listener) => void listeners.add(listener) };
  }

  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'musings-cache-fanout' } });
  let connectedBefore = false;
  const ready = sql
    .listen(
      CHANNEL,
      (payload) => {
        const message = JSON.parse(payload);
        if (message.from !== instanceId) deliver(message.tags);
      },
      () => {
        // After a reconnect, invalidations sent while the connection was down
        // are lost; expiring everything once is the only safe answer.
        if (connectedBefore) deliver([ALL_TAGS]);
        connectedBefore = true;
      },
    )
    .catch((error) => console.error(`Cache invalidation fan-out is not listening: ${error.message}`));

  return {
    subscribe: (listener) => void listeners.add(listener),
    async publish(tags) {
      await ready;
      for (const batch of batches(tags)) {
        await sql.notify(CHANNEL, JSON.stringify({ from: instanceId, tags: batch }));
      }
      purgeSharedCaches(tags);
    },
  };
}

/** @param {string[]} tags */
function batches(tags) {
  /** @type {string[][]} */
  const result = [[]];
  let size = 0;
  for (const tag of tags) {
    const bytes = Buffer.byteLength(tag) + 3;
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
  holder.__musingsFanout ??= createFanout();
  return holder.__musingsFanout;
}
