import { afterEach, describe, expect, it, vi } from 'vitest';

// No DATABASE_URL in the unit tier: the fan-out stays local.
vi.stubEnv('CACHE_FANOUT', 'off');
const { default: PageCacheHandler } = await import('@/lib/cache/page-cache-handler.mjs');

const page = (tags: string[]) => ({ kind: 'APP_PAGE', html: '<p>page</p>', headers: { 'x-next-cache-tags': tags.join(',') } });

afterEach(() => {
  vi.useRealTimers();
});

describe('the page cache handler', () => {
  it('ends a page that waits for a scheduled post at its revalidate time, not a moment later', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') });
    const handler = new PageCacheHandler({});
    await handler.set('/home', page(['posts:lists', 'schedule-bound']), { cacheControl: { revalidate: 60 } });
    vi.setSystemTime(new Date('2026-01-01T12:00:59Z'));
    expect(await handler.get('/home')).not.toBeNull();
    vi.setSystemTime(new Date('2026-01-01T12:01:00Z'));
    expect(await handler.get('/home')).toBeNull();
  });

  it('keeps other pages until a tag they carry is invalidated', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') });
    const handler = new PageCacheHandler({});
    await handler.set('/frameworks', page(['frameworks']), { cacheControl: { revalidate: 60 } });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    expect(await handler.get('/frameworks')).not.toBeNull();
    vi.advanceTimersByTime(1);
    await handler.revalidateTag('frameworks');
    vi.advanceTimersByTime(1);
    expect(await handler.get('/frameworks')).toBeNull();
  });
});
