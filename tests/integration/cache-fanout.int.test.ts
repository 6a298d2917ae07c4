import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TAGS, CHANNEL, createFanout, type Fanout } from '@/lib/cache/invalidation-fanout.mjs';
import { openTcpGate } from '../support/tcp-gate';

// Real PostgreSQL: this file's own database (tests/setup/integration-file.ts), so NOTIFYs stay in it.
const url = process.env.DATABASE_URL!;
const open: Fanout[] = [];
let raw: postgres.Sql;
/** Every payload sent on the channel, as a third instance would see it. */
const payloads: string[] = [];

beforeAll(async () => {
  raw = postgres(url, { max: 1, onnotice: () => {} });
  await raw.listen(CHANNEL, (payload) => payloads.push(payload));
});

afterAll(async () => {
  await Promise.all(open.map((fanout) => fanout.close()));
  await raw.end();
});

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

async function listeningFanout(name: string, fanoutUrl = url, { peerNamePrefix }: { peerNamePrefix?: string } = {}) {
  const fanout = createFanout({ url: fanoutUrl, instanceId: name, applicationName: `fanout-test-${name}`, peerNamePrefix });
  open.push(fanout);
  const received: string[][] = [];
  fanout.subscribe((tags) => received.push(tags));
  await until(() => fanout.status().listening, 5000);
  return { fanout, received, heard: (tag: string) => received.some((tags) => tags.includes(tag)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the invalidation fan-out, between two instances on real PostgreSQL', () => {
  it('delivers an invalidation to the other instance and not back to the one that sent it', async () => {
    const a = await listeningFanout('deliver-a');
    const b = await listeningFanout('deliver-b');
    await a.fanout.publish(['post:hello', 'posts:lists']);
    await until(() => b.heard('post:hello'), 2000);
    await settle();
    expect(b.received).toEqual([['post:hello', 'posts:lists']]);
    expect(a.received).toEqual([]);
    expect(a.fanout.status()).toMatchObject({ enabled: true, listening: true, reconnects: 0 });
    expect(a.fanout.status().since).toBeGreaterThan(Date.now() - 60_000);
  });

  it('returns from an edit only once the other instances have applied it, so no later read can miss it', async () => {
    // Two instances of one deployment: their fan-out connections share a name prefix.
    const a = await listeningFanout('applied-a', url, { peerNamePrefix: 'fanout-test-applied-' });
    const b = await listeningFanout('applied-b', url, { peerNamePrefix: 'fanout-test-applied-' });
    for (let edit = 1; edit <= 5; edit++) {
      await a.fanout.publish([`post:applied-${edit}`]);
      // Not "soon": already, at the moment the edit's publish returns.
      expect(b.heard(`post:applied-${edit}`), `edit ${edit}`).toBe(true);
    }
  });

  it('does not wait for an instance that never confirms', async () => {
    const a = await listeningFanout('silent-a', url, { peerNamePrefix: 'fanout-test-silent-' });
    // Connected under the deployment's name, but not a fan-out: it never confirms anything.
    const silent = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'fanout-test-silent-stranger' } });
    await silent`select 1`;
    try {
      const started = Date.now();
      await a.fanout.publish(['post:silent']);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await silent.end();
    }
  });

  it('sends an edit that both cache handlers are given, as Next gives it, as one NOTIFY', async () => {
    const b = await listeningFanout('once-b');
    // The app's own handlers, on this process's fan-out (getFanout, DATABASE_URL).
    const [{ default: dataCacheHandler }, { default: PageCacheHandler }, { getFanout }] = await Promise.all([
      import('@/lib/cache/data-cache-handler.mjs'),
      import('@/lib/cache/page-cache-handler.mjs'),
      import('@/lib/cache/invalidation-fanout.mjs'),
    ]);
    open.push(getFanout());
    await until(() => getFanout().status().listening, 5000);
    const before = payloads.length;
    // What next/dist/server/revalidation-utils does for updateTag: every data cache handler's
    // updateTags and the incremental cache's revalidateTag, started together, then awaited.
    await Promise.all([dataCacheHandler.updateTags(['post:once', 'search'], {}), new PageCacheHandler({}).revalidateTag(['post:once', 'search'])]);
    await until(() => b.heard('post:once'), 2000);
    await settle();
    expect(payloads.slice(before).map((payload) => JSON.parse(payload).tags)).toEqual([['post:once', 'search']]);
    expect(b.received).toEqual([['post:once', 'search']]);
  });

  it('splits a batch larger than one NOTIFY payload (8000 bytes) and delivers every tag', async () => {
    const a = await listeningFanout('big-a');
    const b = await listeningFanout('big-b');
    const tags = Array.from({ length: 600 }, (_, index) => `post:a-rather-long-slug-for-batching-${index}`);
    const before = payloads.length;
    await a.fanout.publish(tags);
    await until(() => b.heard(tags.at(-1)!), 3000);
    // The watching connection hears the same NOTIFYs on its own schedule: wait for the last one there too.
    await until(() => payloads.slice(before).some((payload) => payload.includes(tags.at(-1)!)), 3000);
    const sent = payloads.slice(before);
    expect(sent.length).toBeGreaterThan(3);
    for (const payload of sent) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(b.received.flat()).toEqual(tags);
    expect(a.received).toEqual([]);
  });

  it('ignores a malformed message on the channel and keeps listening', async () => {
    const b = await listeningFanout('malformed-b');
    await raw.notify(CHANNEL, 'not json');
    await raw.notify(CHANNEL, JSON.stringify({ from: 'someone', tags: 'post:x' }));
    await raw.notify(CHANNEL, JSON.stringify({ from: 'someone', tags: ['post:after-garbage'] }));
    await until(() => b.heard('post:after-garbage'), 2000);
    expect(b.received).toEqual([['post:after-garbage']]);
  });

  it('listens again at once after its connection is terminated, and expires everything it may have missed', async () => {
    const a = await listeningFanout('terminate-a');
    const b = await listeningFanout('terminate-b');
    const since = b.fanout.status().since!;
    await raw`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'fanout-test-terminate-b'`;
    const terminatedAt = Date.now();
    await until(() => b.heard(ALL_TAGS), 2000);
    // Deliveries work again: publish until one arrives, and time it from the termination.
    while (!b.heard('post:after-terminate')) {
      await a.fanout.publish(['post:after-terminate']);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (Date.now() - terminatedAt > 5000) break;
    }
    expect(Date.now() - terminatedAt).toBeLessThan(1000);
    expect(b.fanout.status()).toMatchObject({ enabled: true, listening: true, reconnects: 1 });
    expect(b.fanout.status().since).toBeGreaterThan(since);
  });

  it('hears again within 1 s of PostgreSQL accepting connections after an outage, and says it was deaf meanwhile', async () => {
    const a = await listeningFanout('outage-a');
    const gate = await openTcpGate(url);
    const b = await listeningFanout('outage-b', gate.url);
    await gate.close(); // connections refused, as while the server restarts
    await until(() => !b.fanout.status().listening, 2000);
    expect(b.fanout.status()).toMatchObject({ listening: false, since: null });
    // Long enough for postgres.js's own backoff to reach seconds (its attempts double and triple).
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(b.fanout.status().listening).toBe(false);
    await gate.open();
    const reopenedAt = Date.now();
    while (!b.heard('post:after-outage') && Date.now() - reopenedAt < 10_000) {
      await a.fanout.publish(['post:after-outage']);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const deafFor = Date.now() - reopenedAt;
    console.log(`fan-out: delivering again ${deafFor} ms after PostgreSQL accepted connections (4 s outage)`);
    expect(deafFor).toBeLessThan(1000);
    expect(b.heard(ALL_TAGS)).toBe(true);
    expect(b.fanout.status()).toMatchObject({ listening: true, reconnects: 1 });
    await b.fanout.close();
    await gate.close();
  }, 30_000);
});
