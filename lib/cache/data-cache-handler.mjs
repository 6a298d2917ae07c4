// @ts-check
/**
 * Handler for "use cache" entries: Next's own in-memory handler, plus the
 * fan-out. A local invalidation is published to the other instances, and
 * theirs are applied here as if they had been made locally.
 */
import { createDefaultCacheHandler } from 'next/dist/server/lib/cache-handlers/default.js';
import { ALL_TAGS, getFanout } from './invalidation-fanout.mjs';
import { cacheMaxAgeMs } from './max-age.mjs';
import { fillEnded, fillStarted } from './render-gate.mjs';

const MAX_BYTES = 100 * 1024 * 1024;
/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const local = createDefaultCacheHandler(MAX_BYTES);
const fanout = getFanout();

/** Must match cacheTags.scheduleBound in lib/cache-tags.ts. */
const SCHEDULE_BOUND = 'schedule-bound';

/**
 * An entry that ends when a scheduled post goes live is over at its
 * revalidate time: served stale once more, the post would appear late.
 * @param {{ tags: string[], timestamp: number, revalidate: number }} entry
 */
function pastScheduledEnd(entry) {
  return entry.tags.includes(SCHEDULE_BOUND) && entry.timestamp + entry.revalidate * 1000 <= Date.now();
}

/** Entries end this long after they were made, invalidated or not: a lost NOTIFY heals. */
const MAX_AGE_MS = cacheMaxAgeMs();

/** @param {{ timestamp: number }} entry */
function pastMaxAge(entry) {
  return entry.timestamp + MAX_AGE_MS <= Date.now();
}

/** Entries created before this moment are treated as expired (see ALL_TAGS). */
let expireAllBefore = 0;

fanout.subscribe((tags) => {
  if (tags.includes(ALL_TAGS)) expireAllBefore = Date.now();
  else void local.updateTags(tags, { expire: 0 });
});

/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const dataCacheHandler = {
  async get(cacheKey, softTags) {
    const entry = await local.get(cacheKey, softTags);
    const usable = entry && !(entry.timestamp < expireAllBefore || pastScheduledEnd(entry) || pastMaxAge(entry));
    // A miss starts a fill that concurrent requests join (see lib/cache/render-gate.mjs).
    if (!usable) fillStarted(cacheKey);
    return usable ? entry : undefined;
  },
  set(cacheKey, pendingEntry) {
    // Dated by the earliest fill it may have joined, so an edit in between is not kept as fresh.
    const datedAt = fillEnded(cacheKey);
    return local.set(
      cacheKey,
      pendingEntry.then((entry) => ({ ...entry, timestamp: Math.min(entry.timestamp, datedAt) })),
    );
  },
  refreshTags: () => local.refreshTags(),
  getExpiration: (tags) => local.getExpiration(tags),
  async updateTags(tags, durations) {
    await local.updateTags(tags, durations);
    // The page cache handler publishes the same tags in the same tick; the fan-out sends them once.
    await fanout.publish(tags);
  },
};

export default dataCacheHandler;
