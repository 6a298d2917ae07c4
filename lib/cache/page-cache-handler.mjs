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
import { cacheMaxAgeMs } from './max-age.mjs';
import { lightenReaderPage } from './reader-html.mjs';
import { lendCurrentEntries } from './route-validators.mjs';
import { addSharedCacheHeaders } from './shared-cache.mjs';
import { sharedCachePolicy } from './shared-cache-config.mjs';
import { invalidatedNow, renderEnded, renderStarted } from './render-gate.mjs';

const MAX_ENTRIES = 5000;
const TAGS_HEADER = 'x-next-cache-tags';

/** Must match cacheTags.scheduleBound in lib/cache-tags.ts. */
const SCHEDULE_BOUND = 'schedule-bound';

/** @type {Map<string, { value: any, lastModified: number, tags: string[], endsAt: number }>} */
const entries = new Map();
/** @type {Map<string, number>} tag → when it was last invalidated */
const invalidatedAt = new Map();
/**
 * key → when the first render since the last store began (its cache miss).
 * A page is dated by when its render started, not when it was stored: a
 * render that read the database before an edit and finished after the edit's
 * invalidation would otherwise be kept as fresh, and stay stale.
 * @type {Map<string, number>}
 */
const renderStartedAt = new Map();

/** Entries end this long after their render began, invalidated or not: a lost NOTIFY heals. */
const MAX_AGE_MS = cacheMaxAgeMs();

/** @param {string} key */
function miss(key) {
  const startedAt = renderStarted(key);
  if (!renderStartedAt.has(key)) renderStartedAt.set(key, startedAt);
  if (renderStartedAt.size > MAX_ENTRIES) renderStartedAt.delete(/** @type {string} */ (renderStartedAt.keys().next().value));
  return null;
}

/** @param {string[]} tags */
function invalidate(tags) {
  const now = Date.now();
  invalidatedNow({ everything: tags.includes(ALL_TAGS) });
  if (tags.includes(ALL_TAGS)) entries.clear();
  for (const tag of tags) invalidatedAt.set(tag, now);
}

/**
 * Invalidated since it was rendered: one of its tags was, or everything was (ALL_TAGS, after the
 * fan-out reconnected), which also ends a render that was in flight when the cache was cleared.
 * @param {{ tags: string[], lastModified: number }} entry
 */
function invalidatedSince(entry) {
  return [ALL_TAGS, ...entry.tags].some((tag) => (invalidatedAt.get(tag) ?? 0) >= entry.lastModified);
}

const fanout = getFanout();
const sharedCache = sharedCachePolicy(process.env);
fanout.subscribe(invalidate);

/**
 * Only what a route serves to every GET is worth keeping: a page (200, or the 404
 * of a missing post, tagged so that publishing it ends the entry), a redirect
 * from a renamed slug, a route handler's 2xx. Anything else - above all the
 * 405 or 400 Next renders for a stray POST - would be served to every later
 * reader as the route's answer, with none of its tags to end it.
 * @param {any} value
 */
function isServedToReaders(value) {
  const status = value?.status;
  // A document whose scripts carry a CSP nonce (the admin's) belongs to the one response it was
  // rendered for: served again, its scripts would carry a nonce the new policy does not allow.
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string' && value.html.includes(' nonce="')) return false;
  if (value?.kind === 'APP_ROUTE') return typeof status === 'number' && status >= 200 && status < 300;
  if (value?.kind === 'APP_PAGE') return status === undefined || status === 200 || status === 404 || status === 307 || status === 308;
  return true; // not a route's response (a fetch or image entry)
}

/** @param {any} value @param {{ tags?: string[] } | undefined} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' ? header.split(',') : [];
  return [...new Set([...(ctx?.tags ?? []), ...fromHeader])];
}

/** @param {{ tags: string[], lastModified: number, endsAt: number }} entry */
function isCurrent(entry) {
  return !invalidatedSince(entry) && entry.endsAt > Date.now();
}

export default class PageCacheHandler {
  /** @param {unknown} _options */
  constructor(_options) {}

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return miss(key);
    if (!isCurrent(entry)) {
      entries.delete(key);
      return miss(key);
    }
    // Re-insert to keep the Map in least-recently-used order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[], cacheControl?: { revalidate?: number | false } }} ctx */
  async set(key, data, ctx) {
    renderEnded(key);
    if (data === null || !isServedToReaders(data)) {
      // The render start stays: a GET rendering meanwhile is still dated by when it began.
      entries.delete(key);
      return;
    }
    entries.delete(key);
    const now = Date.now();
    const startedAt = renderStartedAt.get(key) ?? now;
    renderStartedAt.delete(key);
    const tags = tagsOf(data, ctx);
    lightenReaderPage(data, tags);
    addSharedCacheHeaders(data, tags, sharedCache);
    lendCurrentEntries(entries, isCurrent);
    // A page that lists posts ends when the next scheduled one goes live (see lib/reader/schedule.ts).
    const revalidate = ctx?.cacheControl?.revalidate;
    const scheduledEnd = tags.includes(SCHEDULE_BOUND) && typeof revalidate === 'number' ? startedAt + revalidate * 1000 : Infinity;
    const endsAt = Math.min(scheduledEnd, startedAt + MAX_AGE_MS);
    entries.set(key, { value: data, lastModified: startedAt, tags, endsAt });
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
