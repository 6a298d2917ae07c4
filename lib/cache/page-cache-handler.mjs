// @ts-check
/**
 * The incremental cache for whole pages and route handler responses (Next's
 * `cacheHandler`), kept in memory per instance.
 *
 * Unlike Next's default file-system handler it never serves what `next build`
 * prerendered: every instance starts empty, so the first request for a page
 * renders it from the database the server runs against, and a build made
 * against another database (or before the latest edits) is never shown.
 * Tag invalidations, local or from other instances, expire entries at once.
 */
import { ALL_TAGS, getFanout } from './invalidation-fanout.mjs';

const MAX_ENTRIES = 5000;
const TAGS_HEADER = 'x-next-cache-tags';

/** Must match cacheTags.scheduleBound in lib/cache-tags.ts. */
const SCHEDULE_BOUND = 'schedule-bound';

/** @type {Map<string, { value: any, lastModified: number, tags: string[], endsAt: number }>} */
const entries = new Map();
/** @type {Map<string, number>} tag → when it was last invalidated */
const invalidatedAt = new Map();

/** @param {string[]} tags */
function invalidate(tags) {
  const now = Date.now();
  if (tags.includes(ALL_TAGS)) entries.clear();
  for (const tag of tags) invalidatedAt.set(tag, now);
}

const fanout = getFanout();
fanout.subscribe(invalidate);

/** @param {any} value @param {{ tags?: string[] } | undefined} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' ? header.split(',') : [];
  return [...new Set([...(ctx?.tags ?? []), ...fromHeader])];
}

export default class PageCacheHandler {
  /** @param {unknown} _options */
  constructor(_options) {}

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.tags.some((tag) => (invalidatedAt.get(tag) ?? 0) >= entry.lastModified) || entry.endsAt <= Date.now()) {
      entries.delete(key);
      return null;
    }
    // Re-insert to keep the Map in least-recently-used order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[], cacheControl?: { revalidate?: number | false } }} ctx */
  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    entries.delete(key);
    const now = Date.now();
    const tags = tagsOf(data, ctx);
    // A page that lists posts ends when the next scheduled one goes live (see lib/reader/schedule.ts).
    const revalidate = ctx?.cacheControl?.revalidate;
    const endsAt = tags.includes(SCHEDULE_BOUND) && typeof revalidate === 'number' ? now + revalidate * 1000 : Infinity;
    entries.set(key, { value: data, lastModified: now, tags, endsAt });
    if (entries.size > MAX_ENTRIES) entries.delete(/** @type {string} */ (entries.keys().next().value));
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    invalidate(list);
    await fanout.publish(list);
  }

  resetRequestCache() {}
}
