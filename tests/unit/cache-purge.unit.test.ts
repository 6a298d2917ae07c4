import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cloudflareAdapter, fastlyAdapter, varnishAdapter } from '@/lib/cache/purge/adapters.mjs';
import { createSharedCachePurger, purgeEverywhere } from '@/lib/cache/purge/index.mjs';
import { headerSafeTag } from '@/lib/cache/shared-cache.mjs';

/** A local stand-in for Varnish, Fastly's and Cloudflare's APIs: records each request and answers as told. */
interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
const requests: Recorded[] = [];
let answer: (request: Recorded) => { status: number; body: string } | 'hang' = () => ({ status: 200, body: '{"success":true}' });
let server: Server;
let stub: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      const reply = answer(recorded);
      if (reply === 'hang') return;
      res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(reply.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  stub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

afterEach(() => {
  requests.length = 0;
  answer = () => ({ status: 200, body: '{"success":true}' });
  vi.restoreAllMocks();
});

const signal = () => AbortSignal.timeout(2000);

describe('the Varnish purge', () => {
  it('sends PURGE / with the tags space-separated in xkey-purge, as deploy/varnish/musings.vcl expects', async () => {
    await varnishAdapter(stub).purge(['post:top-10', 'posts:lists'], signal());
    expect(requests).toMatchObject([{ method: 'PURGE', url: '/', headers: { 'xkey-purge': 'post:top-10 posts:lists' } }]);
  });

  it('fails when Varnish refuses (an address outside its ACL gets a 403)', async () => {
    answer = () => ({ status: 403, body: 'Purging is not allowed from this address.' });
    await expect(varnishAdapter(stub).purge(['post:a'], signal())).rejects.toThrow(/Varnish answered 403: Purging is not allowed/);
  });
});

describe('the Fastly purge', () => {
  it('posts to /service/{id}/purge with Fastly-Key and the keys in Surrogate-Key, 256 a request', async () => {
    const tags = Array.from({ length: 300 }, (_, index) => `post:p${index}`);
    await fastlyAdapter({ serviceId: 'SU1Z0isxPaozGVKXdv0eY', key: 'fastly-token', apiUrl: stub }).purge(tags, signal());
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/service/SU1Z0isxPaozGVKXdv0eY/purge', headers: { 'fastly-key': 'fastly-token' } });
    expect(requests[0]!.headers['surrogate-key']).toBe(tags.slice(0, 256).join(' '));
    expect(requests[1]!.headers['surrogate-key']).toBe(tags.slice(256).join(' '));
  });
});

describe('the Cloudflare purge', () => {
  it('posts {"tags": [...]} to /client/v4/zones/{zone}/purge_cache with a Bearer token, 30 tags a request', async () => {
    const tags = Array.from({ length: 31 }, (_, index) => `post:p${index}`);
    await cloudflareAdapter({ zoneId: '023e105f4ecef8ad9ca31a8372d0c353', token: 'cf-token', apiUrl: stub }).purge(tags, signal());
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache' });
    expect(requests[0]!.headers).toMatchObject({ authorization: 'Bearer cf-token', 'content-type': 'application/json' });
    expect(JSON.parse(requests[0]!.body)).toEqual({ tags: tags.slice(0, 30) });
    expect(JSON.parse(requests[1]!.body)).toEqual({ tags: tags.slice(30) });
  });

  it('fails when Cloudflare answers 200 with success: false', async () => {
    answer = () => ({ status: 200, body: '{"success":false,"errors":[{"code":1134,"message":"Invalid tag"}]}' });
    await expect(cloudflareAdapter({ zoneId: 'z', token: 't', apiUrl: stub }).purge(['post:a'], signal())).rejects.toThrow(/Invalid tag/);
  });
});

describe('purging after an edit', () => {
  it('never throws: a target that hangs is given up after the timeout and logged, and the others are still purged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    answer = (request) => (request.method === 'PURGE' ? 'hang' : { status: 200, body: '{"success":true}' });
    const started = Date.now();
    const results = await purgeEverywhere([varnishAdapter(stub), cloudflareAdapter({ zoneId: 'z', token: 't', apiUrl: stub })], ['post:a'], 300);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(results[0]!.error).toBeDefined();
    expect(results[1]).toEqual({ name: 'Cloudflare' });
    expect(warn.mock.calls[0]?.[0]).toMatch(/Cache purge at Varnish .* failed \(1 tags\)/);
  });

  it('purges the tags of one edit once (both cache handlers publish them, one updateTag at a time), then once more', async () => {
    const purger = createSharedCachePurger({ CACHE_PURGE_VARNISH: `${stub}/` }, { secondPassAfterMs: 100 });
    purger.purge(['post:a', 'posts:lists']);
    purger.purge(['post:a', '_N_T_/search/two words']);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.headers['xkey-purge']).toBe(`post:a posts:lists ${headerSafeTag('_N_T_/search/two words')}`);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]!.headers['xkey-purge']).toBe(requests[0]!.headers['xkey-purge']);
  });

  it('does nothing when no purge target is configured', async () => {
    const purger = createSharedCachePurger({}, { secondPassAfterMs: 10 });
    expect(purger.enabled).toBe(false);
    purger.purge(['post:a']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(0);
  });
});
