// @ts-check
/**
 * What reader responses tell the caches in front of the app: their cache tags
 * (so Varnish, Fastly or Cloudflare can purge them by tag) and a Cache-Control
 * that is safe by default. See docs/decisions/015-shared-caches-and-purge.md.
 *
 * Plain JavaScript because the page cache handler, which Node loads without
 * a bundler, calls it; lib/env.ts validates the same variables at start.
 */
import { createHash } from 'node:crypto';
import { READER_TAGS } from './reader-html.mjs';

/** Browsers and shared caches store the page but ask again (ETag → 304) before every use. */
export const REVALIDATE_EVERY_TIME = 'public, max-age=0, must-revalidate';

/**
 * Varnish refuses a response header line over 8 KB (http_resp_hdr_len), Fastly and
 * Cloudflare at 16 KB; a page whose tags do not fit is never kept long by them.
 */
const MAX_TAG_HEADER_BYTES = 4096;
/** A tag sent as it is: printable ASCII without the separators (space, comma) or quotes, and short. */
const PLAIN_TAG = /^[!#-+\--~]{1,128}$/;

/**
 * The name a tag goes by in headers and purges. A tag with a character the
 * caches would split on or reject (a search query with spaces, non-ASCII) or
 * one too long becomes a digest of itself, the same on both sides.
 * @param {string} tag
 */
export function headerSafeTag(tag) {
  return PLAIN_TAG.test(tag) ? tag : `t-${createHash('sha256').update(tag).digest('hex').slice(0, 32)}`;
}

/**
 * The headers a cached reader response is sent with. Only when a purge target is
 * configured do shared caches keep it (`s-maxage`); browsers always revalidate,
 * so an edit shows at the reader's next load.
 * @param {string[]} tags
 * @param {import('./shared-cache-config.mjs').SharedCachePolicy} policy
 * @returns {Record<string, string>}
 */
export function sharedCacheHeaders(tags, policy) {
  const names = [...new Set(tags.map(headerSafeTag))];
  const spaced = names.join(' ');
  if (Buffer.byteLength(spaced) > MAX_TAG_HEADER_BYTES) return { 'cache-control': REVALIDATE_EVERY_TIME };
  /** @type {Record<string, string>} */
  const headers = {
    'cache-control': policy.sharedMaxAgeSeconds === null ? REVALIDATE_EVERY_TIME : `${REVALIDATE_EVERY_TIME}, s-maxage=${policy.sharedMaxAgeSeconds}`,
  };
  if (names.length === 0) return headers;
  // Cloudflare's list is comma-separated; xkey and Fastly's are space-separated.
  for (const header of policy.tagHeaders) headers[header] = header === 'cache-tag' ? names.join(',') : spaced;
  return headers;
}

/**
 * A strong validator for a route handler's body (Next only adds ETags to pages).
 * @param {Buffer | string} body
 */
export function bodyEtag(body) {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Adds the shared-cache headers to a page cache entry that readers get: a
 * reader page or its 404, or a route handler's response (feed, sitemap,
 * robots, social cards, media). Next sends an entry's stored `headers` with
 * every response made from it, the first included, and keeps a Cache-Control
 * found there; a route that chose its own (media: immutable) keeps it. Next's
 * own for robots and sitemap is our default, so it gets ours (with s-maxage
 * when a purge target is configured).
 * @param {any} value the entry Next is storing
 * @param {string[]} tags
 * @param {import('./shared-cache-config.mjs').SharedCachePolicy} policy
 */
export function addSharedCacheHeaders(value, tags, policy) {
  const isReaderPage = value?.kind === 'APP_PAGE' && READER_TAGS.some((tag) => tags.includes(tag));
  const isRoute = value?.kind === 'APP_ROUTE';
  if (!isReaderPage && !isRoute) return;
  value.headers ??= {};
  const own = sharedCacheHeaders(tags, policy);
  const chosen = value.headers['cache-control'];
  if (chosen !== undefined && chosen !== REVALIDATE_EVERY_TIME) delete own['cache-control'];
  Object.assign(value.headers, own);
  if (isRoute && value.headers.etag === undefined && value.body) value.headers.etag = bodyEtag(value.body);
  // Hashed once here, not per view: Next's own page ETag (generateEtags, off in next.config.mjs) runs a
  // JavaScript FNV over the whole document on every response, about 0.17 ms for the Top 10 post's 50 KB.
  if (isReaderPage && typeof value.html === 'string') value.headers.etag = bodyEtag(value.html);
}
