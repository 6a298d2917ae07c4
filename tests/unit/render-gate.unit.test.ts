import { afterEach, describe, expect, it, vi } from 'vitest';

vi.stubEnv('CACHE_FANOUT', 'off');
const gate = await import('@/lib/cache/render-gate.mjs');
const { default: PageCacheHandler } = await import('@/lib/cache/page-cache-handler.mjs');

const page = (tags: string[]) => ({ kind: 'APP_PAGE', html: '<p>page</p>', headers: { 'x-next-cache-tags': tags.join(',') } });
const settled = async (promise: Promise<void> | null) => {
  let done = false;
  void promise?.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return promise === null || done;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the render gate (what proxy.ts waits for)', () => {
  it('costs nothing when no render of the page is in flight', async () => {
    expect(gate.staleRenderOf('/blog/idle')).toBeNull();
  });

  it('lets a request join a render that began after the latest invalidation', async () => {
    const handler = new PageCacheHandler({});
    await handler.revalidateTag('post:joined');
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await handler.get('/blog/joined')).toBeNull(); // a render begins
    expect(gate.staleRenderOf('/blog/joined')).toBeNull();
  });

  it('holds a request until a render that began before an invalidation has ended', async () => {
    const handler = new PageCacheHandler({});
    expect(await handler.get('/blog/held')).toBeNull(); // the render begins, reading the old post
    await handler.revalidateTag('post:held'); // an edit
    const waiting = gate.staleRenderOf('/blog/held');
    expect(waiting).not.toBeNull();
    expect(await settled(waiting)).toBe(false);
    await handler.set('/blog/held', page(['post:held']), { cacheControl: { revalidate: false } });
    expect(await settled(waiting)).toBe(true);
    // ...and the old render was not kept, so the request renders afresh.
    expect(await handler.get('/blog/held')).toBeNull();
  });

  it('gives up waiting for a render that never reports its end', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const handler = new PageCacheHandler({});
    expect(await handler.get('/blog/lost')).toBeNull(); // a render that will throw, so Next never calls set
    await handler.revalidateTag('post:lost');
    const waiting = gate.staleRenderOf('/blog/lost');
    expect(waiting).not.toBeNull();
    vi.advanceTimersByTime(10_001);
    await waiting;
    expect(gate.staleRenderOf('/blog/lost')).toBeNull();
  });

  it('knows a page by the path in the key Next stores it under', async () => {
    const handler = new PageCacheHandler({});
    const key = '/route-cache/APP_PAGE/9f2c0a/$/blog/keyed';
    expect(await handler.get(key)).toBeNull();
    await handler.revalidateTag('post:keyed');
    expect(gate.staleRenderOf('/blog/keyed')).not.toBeNull();
    await handler.set(key, page(['post:keyed']), { cacheControl: { revalidate: false } });
    expect(gate.staleRenderOf('/blog/keyed')).toBeNull();
    expect(gate.pathOfKey('/route-cache/APP_PAGE/9f2c0a/$/index')).toBe('/index');
  });

  it('maps a path to the keys Next caches it under', () => {
    expect(gate.cacheKeysFor('/')).toEqual(['/', '/index']);
    expect(gate.cacheKeysFor('/search/caf%C3%A9')).toEqual(['/search/caf%C3%A9', '/search/café']);
    expect(gate.cacheKeysFor('/blog/x/')).toEqual(['/blog/x']);
  });
});

describe('dating by "use cache" fills in flight', () => {
  it('dates a page by the earliest data fill it may have joined, so an edit in between ends it', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z'), toFake: ['Date'] });
    const handler = new PageCacheHandler({});
    gate.fillStarted('sidebar'); // another page's render starts reading the sidebar
    vi.advanceTimersByTime(50);
    await handler.revalidateTag('posts:lists'); // an edit
    vi.advanceTimersByTime(50);
    expect(await handler.get('/category/x')).toBeNull(); // a render begins and joins that fill
    gate.fillEnded('sidebar');
    await handler.set('/category/x', page(['posts:lists']), { cacheControl: { revalidate: false } });
    expect(await handler.get('/category/x')).toBeNull();
  });

  it('dates a fill by the earliest fill in flight when it started', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z'), toFake: ['Date'] });
    gate.fillStarted('inner');
    const innerStart = Date.now();
    vi.advanceTimersByTime(100);
    gate.fillStarted('outer');
    expect(gate.fillEnded('inner')).toBe(innerStart);
    expect(gate.fillEnded('outer')).toBe(innerStart);
    expect(gate.fillEnded('never-started')).toBe(Date.now());
  });
});

describe('which requests the gate holds', () => {
  it('holds reader pages only: the admin, sign-in, APIs and health checks never reach the page cache', () => {
    const { mayBeCachedPage } = gate;
    for (const path of ['/', '/blog/top-10-backend-frameworks-2024', '/frameworks/koa', '/search/django', '/feed.xml', '/administration']) {
      expect(mayBeCachedPage(path), path).toBe(true);
    }
    for (const path of ['/admin', '/admin/frameworks/ranking', '/login', '/api/comment-token', '/api/auth/session', '/healthz', '/readyz']) {
      expect(mayBeCachedPage(path), path).toBe(false);
    }
  });
});
