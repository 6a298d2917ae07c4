// @ts-check
/**
 * Conditional GETs of cached reader pages and route handlers (feed, sitemap, robots). Next answers
 * `If-None-Match` for a cached route handler with nothing, and for pages only by hashing the whole
 * page on every view (its generateEtags, which next.config.mjs turns off), so proxy.ts does both: the page cache handler lends it a look at its current
 * entry, through globalThis because the proxy is bundled apart from the
 * handler and must not load a second copy of its (empty) cache. Next also
 * bundles a copy of the handler it never stores into, so the copy that
 * stores lends its entries, from set().
 */

/** @typedef {(pathname: string) => any} PeekCurrent the route entry's value if it is stored and still current, else null */

/**
 * Next keys a route handler's entry `/route-cache/APP_ROUTE/<build hash>/$<pathname>`.
 * @template {{ value: any }} Entry
 * @param {Map<string, Entry>} entries the page cache handler's entries
 * @param {(entry: Entry) => boolean} isCurrent
 */
export function lendCurrentEntries(entries, isCurrent) {
  const holder = /** @type {{ __musingsPeekPageCache?: PeekCurrent, __musingsLentEntries?: unknown }} */ (globalThis);
  if (holder.__musingsLentEntries === entries) return;
  holder.__musingsLentEntries = entries;
  /** @type {Map<string, string>} pathname → key, found once by a scan */
  const keys = new Map();
  /** @param {string} pathname */
  const keyOf = (pathname) => {
    const known = keys.get(pathname);
    if (known && entries.has(known)) return known;
    for (const key of entries.keys()) {
      if ((key.startsWith('/route-cache/APP_ROUTE/') || key.startsWith('/route-cache/APP_PAGE/')) && key.endsWith(`/$${pathname}`)) {
        keys.set(pathname, key);
        return key;
      }
    }
    return null;
  };
  /** @type {PeekCurrent} */
  const peek = (pathname) => {
    const key = keyOf(pathname);
    const entry = key === null ? undefined : entries.get(key);
    return entry && isCurrent(entry) ? entry.value : null;
  };
  holder.__musingsPeekPageCache = peek;
}

/**
 * The validator and Cache-Control of the response a GET of `pathname` would get now, if cached: a
 * route handler's, or a reader page's (its 200; the ETag is hashed once when the page is stored,
 * lib/cache/shared-cache.mjs). `keys` are the paths Next may store the page under (`/index` for `/`).
 * @param {string} pathname @param {string[]} [keys] @returns {{ etag: string, cacheControl: string | undefined } | null}
 */
export function currentValidator(pathname, keys = [pathname]) {
  const peek = /** @type {{ __musingsPeekPageCache?: PeekCurrent }} */ (globalThis).__musingsPeekPageCache;
  for (const key of keys) {
    const value = peek?.(key);
    const served = value?.kind === 'APP_ROUTE' || (value?.kind === 'APP_PAGE' && (value.status === undefined || value.status === 200));
    const etag = served ? value.headers?.etag : undefined;
    if (typeof etag === 'string') return { etag, cacheControl: value.headers['cache-control'] };
  }
  return null;
}

/**
 * RFC 9110 weak comparison of an If-None-Match list against one ETag.
 * @param {string | null} ifNoneMatch @param {string} etag
 */
export function noneMatchFails(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}
