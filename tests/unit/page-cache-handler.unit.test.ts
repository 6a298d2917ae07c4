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
    // Past its revalidate time, yet inside CACHE_MAX_AGE_SECONDS (an hour by default).
    vi.setSystemTime(new Date('2026-01-01T12:59:00Z'));
    expect(await handler.get('/frameworks')).not.toBeNull();
    vi.advanceTimersByTime(1);
    await handler.revalidateTag('frameworks');
    vi.advanceTimersByTime(1);
    expect(await handler.get('/frameworks')).toBeNull();
  });

  it('does not keep a page whose render began before an edit and ended after its invalidation', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') });
    const handler = new PageCacheHandler({});
    expect(await handler.get('/blog/slow')).toBeNull(); // the render starts, reading the post as it was
    vi.advanceTimersByTime(50);
    await handler.revalidateTag('post:slow'); // meanwhile an editor saves the post
    vi.advanceTimersByTime(50);
    await handler.set('/blog/slow', page(['post:slow']), { cacheControl: { revalidate: false } }); // the old render lands
    expect(await handler.get('/blog/slow')).toBeNull();
    // The next render starts after the edit, and is kept.
    vi.advanceTimersByTime(50);
    await handler.set('/blog/slow', page(['post:slow']), { cacheControl: { revalidate: false } });
    expect(await handler.get('/blog/slow')).not.toBeNull();
  });
});

describe('what the page cache keeps', () => {
  const route = (status: number) => ({ kind: 'APP_ROUTE', status, body: Buffer.from(''), headers: { 'x-next-cache-tags': 'posts:lists' } });
  const pageWith = (status: number | undefined) => ({ ...page(['post:x']), status });

  it('never keeps the 405 or 400 a stray POST renders, so the next GET renders the real feed', async () => {
    const handler = new PageCacheHandler({});
    for (const status of [405, 400, 413, 500, 503]) {
      await handler.set(`/feed-${status}.xml`, route(status), { cacheControl: { revalidate: false } });
      expect(await handler.get(`/feed-${status}.xml`)).toBeNull();
      await handler.set(`/blog/x-${status}`, pageWith(status), { cacheControl: { revalidate: false } });
      expect(await handler.get(`/blog/x-${status}`)).toBeNull();
    }
  });

  it('drops the entry it had when a refused response arrives for the same key', async () => {
    const handler = new PageCacheHandler({});
    await handler.set('/sitemap.xml', route(200), { cacheControl: { revalidate: false } });
    await handler.set('/sitemap.xml', route(405), { cacheControl: { revalidate: false } });
    expect(await handler.get('/sitemap.xml')).toBeNull();
  });

  it('keeps what routes serve to a GET: 2xx route bodies, pages, tagged 404s and slug redirects', async () => {
    const handler = new PageCacheHandler({});
    await handler.set('/feed.xml', route(200), { cacheControl: { revalidate: false } });
    expect(await handler.get('/feed.xml')).not.toBeNull();
    for (const status of [undefined, 200, 404, 308]) {
      await handler.set(`/blog/kept-${status}`, pageWith(status), { cacheControl: { revalidate: false } });
      expect(await handler.get(`/blog/kept-${status}`)).not.toBeNull();
    }
  });
});

describe('documents rendered for one response', () => {
  it('are never kept: an admin page whose scripts carry a CSP nonce is rendered afresh for the next request', async () => {
    const handler = new PageCacheHandler({});
    const admin = { kind: 'APP_PAGE', html: '<html><script nonce="abc">self.__next_f.push([0])</script></html>', headers: {} };
    await handler.set('/admin/frameworks', admin, { cacheControl: { revalidate: false } });
    expect(await handler.get('/admin/frameworks')).toBeNull();
  });
});

describe('bounded staleness', () => {
  it('ends every page at CACHE_MAX_AGE_SECONDS after its render began, so a lost invalidation heals', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z') });
    const handler = new PageCacheHandler({});
    await handler.set('/about', page(['pages']), { cacheControl: { revalidate: false } });
    vi.setSystemTime(new Date('2026-01-01T12:59:59Z'));
    expect(await handler.get('/about')).not.toBeNull();
    vi.setSystemTime(new Date('2026-01-01T13:00:00Z'));
    expect(await handler.get('/about')).toBeNull();
  });

  it('reads its maximum age from the environment', async () => {
    const { cacheMaxAgeMs } = await import('@/lib/cache/max-age.mjs');
    expect(cacheMaxAgeMs({ CACHE_MAX_AGE_SECONDS: '90' })).toBe(90_000);
    expect(cacheMaxAgeMs({})).toBe(3_600_000);
  });
});
