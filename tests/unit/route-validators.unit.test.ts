import { describe, expect, it, vi } from 'vitest';
import { currentValidator, noneMatchFails } from '@/lib/cache/route-validators.mjs';

vi.stubEnv('CACHE_FANOUT', 'off');
const { default: PageCacheHandler } = await import('@/lib/cache/page-cache-handler.mjs');

describe('conditional GETs of cached route handlers', () => {
  it('match If-None-Match lists, weak tags and *', () => {
    expect(noneMatchFails('"abc"', '"abc"')).toBe(true);
    expect(noneMatchFails('"x", W/"abc"', '"abc"')).toBe(true);
    expect(noneMatchFails('*', '"abc"')).toBe(true);
    expect(noneMatchFails('"abd"', '"abc"')).toBe(false);
    expect(noneMatchFails(null, '"abc"')).toBe(false);
  });

  it('see the feed’s current ETag while it is cached, and none once an edit invalidated it', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') });
    const handler = new PageCacheHandler({});
    const feed = { kind: 'APP_ROUTE', status: 200, body: Buffer.from('<rss>v1</rss>'), headers: { 'x-next-cache-tags': 'posts:lists' } as Record<string, string> };
    await handler.set('/route-cache/APP_ROUTE/0123abcd/$/feed.xml', feed, { cacheControl: { revalidate: false } });
    expect(currentValidator('/feed.xml')).toEqual({ etag: feed.headers.etag, cacheControl: 'public, max-age=0, must-revalidate' });
    vi.advanceTimersByTime(1);
    await handler.revalidateTag('posts:lists');
    expect(currentValidator('/feed.xml')).toBeNull();
    vi.useRealTimers();
  });

  it('see a reader page’s ETag, hashed once as it is stored, and none for its 404 or once invalidated', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') });
    const handler = new PageCacheHandler({});
    const readerTags = '_N_T_/layout,_N_T_/(site)/layout,post:hello';
    const page = { kind: 'APP_PAGE', status: 200, html: '<!DOCTYPE html><html><body><h1>Hello</h1></body></html>', headers: { 'x-next-cache-tags': readerTags } as Record<string, string> };
    await handler.set('/route-cache/APP_PAGE/0123abcd/$/blog/hello', page, { cacheControl: { revalidate: false } });
    const validator = currentValidator('/blog/hello');
    expect(validator?.etag).toMatch(/^"[\w-]{27}"$/);
    expect(page.headers.etag).toBe(validator?.etag);
    const home = { ...page, headers: { 'x-next-cache-tags': readerTags } as Record<string, string> };
    await handler.set('/route-cache/APP_PAGE/0123abcd/$/index', home, { cacheControl: { revalidate: false } });
    expect(currentValidator('/', ['/', '/index'])?.etag).toBe(home.headers.etag);
    const missing = { kind: 'APP_PAGE', status: 404, html: '<html>Not found</html>', headers: { 'x-next-cache-tags': readerTags } as Record<string, string> };
    await handler.set('/route-cache/APP_PAGE/0123abcd/$/blog/gone', missing, { cacheControl: { revalidate: false } });
    expect(currentValidator('/blog/gone')).toBeNull();
    vi.advanceTimersByTime(1);
    await handler.revalidateTag('post:hello');
    expect(currentValidator('/blog/hello')).toBeNull();
    vi.useRealTimers();
  });
});
