/**
 * Old addresses of an imported site, in the one form they are stored and looked up in
 * (legacy_permalinks.path): the path without trailing slashes, plus the one query parameter
 * WordPress addresses an item by, if any: `/2024/03/hello-blocks`, `/?p=4`, `/?cat=2`.
 */

/** The query parameters WordPress answers with an item whatever its permalink settings: ?p=123 and friends. */
const ITEM_PARAMETERS = ['p', 'page_id', 'attachment_id', 'cat', 'tag'] as const;

/** First path segments our own routes own: an old address under them is never recorded, and never looked up. */
const OUR_SEGMENTS = new Set([
  ...['blog', 'category', 'tag', 'author', 'archive', 'frameworks', 'search', 'page', 'quote', 'feeds', 'admin', 'api', 'media', 'login', 'preview', 'healthz', 'readyz', '_next'],
  ...['feed.xml', 'feed.atom', 'feed.json', 'sitemap.xml', 'robots.txt', 'icon.svg', 'favicon.ico'],
]);

function trimSlashes(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/**
 * The stored form of an address, or null when it cannot be an old one: the home page without
 * ?p= and friends, and everything under our own routes. So a reader's request for a page of
 * ours never looks anything up; only one that would be a 404, or carries ?p=, does.
 */
export function legacyKeyOf(pathname: string, searchParams: URLSearchParams): string | null {
  const path = trimSlashes(pathname);
  if (path === '/') {
    for (const name of ITEM_PARAMETERS) {
      const value = searchParams.get(name);
      if (value) return `/?${name}=${encodeURIComponent(value)}`;
    }
    return null;
  }
  return OUR_SEGMENTS.has((path.split('/')[1] ?? '').toLowerCase()) ? null : path;
}

/**
 * The stored form of one of the old site's own URLs (an item's link or guid), or null when it
 * is not on that site or would collide with one of our routes (renamed categories and tags are
 * slug redirects instead).
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
  return parsed.host === site.host ? legacyKeyOf(parsed.pathname, parsed.searchParams) : null;
}
