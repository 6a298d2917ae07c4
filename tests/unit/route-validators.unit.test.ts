import { describe, expect, it, vi } from 'vitest';
import { currentRouteValidator, noneMatchFails } from '@/lib/cache/route-validators.mjs';

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
    expect(currentRouteValidator('/feed.xml')).toEqual({ etag: feed.headers.etag, cacheControl: 'public, max-age=0, must-revalidate' });
    vi.advanceTimersByTime(1);
    await handler.revalidateTag('posts:lists');
    expect(currentRouteValidator('/feed.xml')).toBeNull();
    vi.useRealTimers();
  });
});
