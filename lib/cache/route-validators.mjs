// @ts-check
/**
 * Conditional GETs for route handlers (feed, sitemap, robots). Next answers
 * `If-None-Match` with a 304 for pages but not for a cached route handler,
 * so proxy.ts does: the page cache handler lends it a look at its current
 * entry, through globalThis because the proxy is bundled apart from the
 * handler and must not load a second copy of its (empty) cache.
 */

/** @typedef {(key: string) => any} PeekCurrent the entry's value if it is stored and still current, else null */

/** @param {PeekCurrent} peek */
export function lendCurrentEntries(peek) {
  /** @type {{ __musingsPeekPageCache?: PeekCurrent }} */ (globalThis).__musingsPeekPageCache = peek;
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
