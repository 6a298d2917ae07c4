// @ts-check
/**
 * Conditional GETs for route handlers (feed, sitemap, robots). Next answers
 * `If-None-Match` with a 304 for pages but not for a cached route handler,
 * so proxy.ts does: the page cache handler lends it a look at its current
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
      if (key.startsWith('/route-cache/APP_ROUTE/') && key.endsWith(`/$${pathname}`)) {
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
 * The validator and Cache-Control of the route response a GET of `pathname` would get now, if cached.
 * @param {string} pathname @returns {{ etag: string, cacheControl: string | undefined } | null}
 */
export function currentRouteValidator(pathname) {
  const peek = /** @type {{ __musingsPeekPageCache?: PeekCurrent }} */ (globalThis).__musingsPeekPageCache;
  const value = peek?.(pathname);
  const etag = value?.kind === 'APP_ROUTE' ? value.headers?.etag : undefined;
  return typeof etag === 'string' ? { etag, cacheControl: value.headers['cache-control'] } : null;
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
