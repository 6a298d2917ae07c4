import { describe, expect, it, vi } from 'vitest';
import { sharedCachePolicy } from '@/lib/cache/shared-cache-config.mjs';
import { addSharedCacheHeaders, headerSafeTag, sharedCacheHeaders } from '@/lib/cache/shared-cache.mjs';

// No DATABASE_URL in the unit tier: the fan-out stays local.
vi.stubEnv('CACHE_FANOUT', 'off');
const { default: PageCacheHandler } = await import('@/lib/cache/page-cache-handler.mjs');
// lib/env validates the process environment as it loads; these tests call parseEnv on their own.
vi.stubEnv('DATABASE_URL', 'postgres://localhost/unit');
vi.stubEnv('AUTH_SECRET', 'x'.repeat(32));
const { parseEnv } = await import('@/lib/env');

const READER_LAYOUT = '_N_T_/(site)/layout';
const readerPage = (tags: string[]) => ({ kind: 'APP_PAGE', html: '<p>post</p>', headers: { 'x-next-cache-tags': tags.join(',') } as Record<string, string> });
const noPurge = sharedCachePolicy({});
const withVarnish = sharedCachePolicy({ CACHE_PURGE_VARNISH: 'http://127.0.0.1:6081' });

describe('Cache-Control of reader responses', () => {
  it('makes browsers and shared caches revalidate when nothing would purge them: an edit never waits 30 days in a CDN', async () => {
    const handler = new PageCacheHandler({});
    const entry = readerPage([READER_LAYOUT, 'post:top-10']);
    await handler.set('/blog/top-10', entry, { cacheControl: { revalidate: false } });
    expect(entry.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(entry.headers['cache-control']).not.toMatch(/s-maxage|stale-while-revalidate/);
  });

  it('lets shared caches keep a page for CACHE_SHARED_MAX_AGE_SECONDS only when a purge target is configured', () => {
    expect(sharedCacheHeaders(['post:a'], withVarnish)['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=3600');
    const fastly = sharedCachePolicy({ CACHE_PURGE_FASTLY_SERVICE_ID: 'svc', CACHE_PURGE_FASTLY_KEY: 'key', CACHE_SHARED_MAX_AGE_SECONDS: '600' });
    expect(sharedCacheHeaders(['post:a'], fastly)['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=600');
  });

  it('leaves admin pages alone: they are not reader pages and keep what Next gives them (private, no-store)', () => {
    const admin = { kind: 'APP_PAGE', html: '<p>admin</p>', headers: {} as Record<string, string> };
    addSharedCacheHeaders(admin, ['_N_T_/admin/layout'], withVarnish);
    expect(admin.headers).toEqual({});
  });

  it("keeps a route's own Cache-Control (media stays immutable) and gives route bodies an ETag", () => {
    const media = { kind: 'APP_ROUTE', status: 200, body: Buffer.from('png'), headers: { 'cache-control': 'public, max-age=31536000, immutable' } as Record<string, string> };
    addSharedCacheHeaders(media, ['media:abc'], withVarnish);
    expect(media.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(media.headers.xkey).toBe('media:abc');
    const feed = { kind: 'APP_ROUTE', status: 200, body: Buffer.from('<rss/>'), headers: {} as Record<string, string> };
    addSharedCacheHeaders(feed, ['posts:lists'], noPurge);
    expect(feed.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(feed.headers.etag).toMatch(/^"[\w-]+"$/);
  });
});

describe('cache tags in response headers', () => {
  it('sends the tags as xkey and Surrogate-Key (space-separated) and Cache-Tag (comma-separated)', () => {
    const headers = sharedCacheHeaders(['post:top-10', 'framework:phoenix', 'post:top-10'], noPurge);
    expect(headers.xkey).toBe('post:top-10 framework:phoenix');
    expect(headers['surrogate-key']).toBe('post:top-10 framework:phoenix');
    expect(headers['cache-tag']).toBe('post:top-10,framework:phoenix');
  });

  it('sends only the headers CACHE_TAG_HEADERS picks', () => {
    const headers = sharedCacheHeaders(['post:a'], sharedCachePolicy({ CACHE_TAG_HEADERS: 'xkey' }));
    expect(Object.keys(headers).sort()).toEqual(['cache-control', 'xkey']);
    expect(Object.keys(sharedCacheHeaders(['post:a'], sharedCachePolicy({ CACHE_TAG_HEADERS: '' })))).toEqual(['cache-control']);
  });

  it('turns a tag the caches would split or refuse (spaces, commas, non-ASCII, very long) into a stable digest', () => {
    for (const tag of ['_N_T_/search/Phoenix LiveView', 'a,b', '_N_T_/search/café', `post:${'x'.repeat(200)}`, 'say "hi"']) {
      const safe = headerSafeTag(tag);
      expect(safe).toMatch(/^t-[0-9a-f]{32}$/);
      expect(headerSafeTag(tag)).toBe(safe);
    }
    expect(headerSafeTag('_N_T_/blog/top-10')).toBe('_N_T_/blog/top-10');
    expect(sharedCacheHeaders(['_N_T_/search/a b'], noPurge).xkey).toBe(headerSafeTag('_N_T_/search/a b'));
  });

  it('sends no tags and no long s-maxage when the tags do not fit in a header line', () => {
    const tags = Array.from({ length: 400 }, (_, index) => `post:some-long-post-slug-${index}`);
    const headers = sharedCacheHeaders(tags, withVarnish);
    expect(headers).toEqual({ 'cache-control': 'public, max-age=0, must-revalidate' });
  });
});

describe('the shared-cache environment', () => {
  const base = { NODE_ENV: 'test', DATABASE_URL: 'postgres://localhost/x', AUTH_SECRET: 'x'.repeat(32) } as const;
  it('refuses settings it cannot use, naming the variable', () => {
    expect(() => parseEnv({ ...base, CACHE_TAG_HEADERS: 'xkey,etag' })).toThrow(/CACHE_TAG_HEADERS.*unknown header etag/);
    expect(() => parseEnv({ ...base, CACHE_PURGE_VARNISH: 'varnish:6081' })).toThrow(/CACHE_PURGE_VARNISH must be comma-separated http/);
    expect(() => parseEnv({ ...base, CACHE_PURGE_FASTLY_SERVICE_ID: 'svc' })).toThrow(/CACHE_PURGE_FASTLY_KEY/);
    expect(() => parseEnv({ ...base, CACHE_PURGE_CLOUDFLARE_TOKEN: 'token' })).toThrow(/CACHE_PURGE_CLOUDFLARE_ZONE_ID/);
  });

  it('accepts several Varnish addresses', () => {
    expect(parseEnv({ ...base, CACHE_PURGE_VARNISH: 'http://127.0.0.1:6081, http://varnish2:80' }).CACHE_PURGE_VARNISH).toBeDefined();
  });
});
