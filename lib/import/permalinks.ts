/**
 * Old addresses of an imported site, in the one form they are stored and looked up in
 * (legacy_permalinks.path): the path without trailing slashes, plus the one query parameter
 * WordPress addresses an item by, if any: `/2024/03/hello-blocks`, `/?p=4`, `/?cat=2`.
 */

/** The query parameters WordPress answers with an item whatever its permalink settings: ?p=123 and friends. */
const ITEM_PARAMETERS = ['p', 'page_id', 'attachment_id', 'cat', 'tag'] as const;

/**
 * First path segments our own routes own: an old address under them would shadow (or be shadowed
 * by) a page of ours, so it is never recorded. Renamed categories and tags are slug redirects instead.
 */
const OUR_SEGMENTS = new Set(['blog', 'category', 'tag', 'author', 'archive', 'frameworks', 'search', 'page', 'quote', 'feeds', 'admin', 'api', 'media', 'login', 'preview', 'healthz', 'readyz', '_next']);

function trimSlashes(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The stored form of a request's address, or null when it has none (nothing to look up). */
export function legacyKeyOf(pathname: string, searchParams: URLSearchParams): string | null {
  const path = trimSlashes(pathname);
  for (const name of ITEM_PARAMETERS) {
    const value = searchParams.get(name);
    if (value && path === '/') return `/?${name}=${encodeURIComponent(value)}`;
  }
  if (path === '/') return null;
  return path;
}

/**
 * The stored form of one of the old site's own URLs (an item's link or guid), or null when it
 * is not on that site or would collide with one of our routes.
 */
export function legacyKeyOfUrl(url: string, siteUrl: string): string | null {
  let parsed: URL;
  let site: URL;
  try {
    site = new URL(siteUrl);
    parsed = new URL(url, site);
  } catch {
    return null;
  }
  if (parsed.host !== site.host) return null;
  const key = legacyKeyOf(parsed.pathname, parsed.searchParams);
  if (key === null) return null;
  const firstSegment = key.startsWith('/?') ? '' : (key.split('/')[1] ?? '');
  return OUR_SEGMENTS.has(firstSegment.toLowerCase()) ? null : key;
}
