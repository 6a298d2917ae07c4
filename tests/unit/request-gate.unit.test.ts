import { describe, expect, it } from 'vitest';
import { isCacheFunctionId, mayBeServerAction, refuseActionRequest, refuseMethod } from '@/lib/http/request-gate';
import { isSameSiteCallback } from '@/lib/validation/sign-in';

const action = (headers: Record<string, string>) => new Headers({ host: 'blog.example', 'next-action': '60dc6a2caa1e' + '0'.repeat(30), ...headers });

describe('methods a route does not serve', () => {
  it('are refused on the feed, sitemap and robots, with the methods they do serve', () => {
    for (const path of ['/feed.xml', '/feed.atom', '/feed.json', '/category/design/feed.xml', '/tag/backend/feed.json', '/sitemap.xml', '/robots.txt', '/healthz', '/readyz']) {
      expect(refuseMethod('GET', path)).toBeNull();
      expect(refuseMethod('HEAD', path)).toBeNull();
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        expect(refuseMethod(method, path)).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
      }
    }
  });

  it('leave pages their POST, which carries Server Actions', () => {
    expect(refuseMethod('POST', '/blog/top-10-backend-frameworks-2024')).toBeNull();
    // A page named like a feed is still a page: only the feed routes themselves are read-only.
    expect(refuseMethod('POST', '/blog/feed.xml')).toBeNull();
    expect(refuseMethod('POST', '/tag/backend/page/2')).toBeNull();
    expect(refuseMethod('PUT', '/blog/top-10-backend-frameworks-2024')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, POST' } });
  });
});

describe('Server Action requests', () => {
  it('are recognised as Next.js does: a Next-Action header, or a form post', () => {
    expect(mayBeServerAction('POST', new Headers({ 'next-action': 'x' }))).toBe(true);
    expect(mayBeServerAction('POST', new Headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true);
    expect(mayBeServerAction('POST', new Headers({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true);
    expect(mayBeServerAction('POST', new Headers({ 'content-type': 'application/json' }))).toBe(false);
    expect(mayBeServerAction('GET', new Headers({ 'next-action': 'x' }))).toBe(false);
  });

  it('from this site, within the limit, go through', () => {
    expect(refuseActionRequest(action({ origin: 'https://blog.example', 'content-length': '1048576' }))).toBeNull();
    expect(refuseActionRequest(action({ 'content-length': '10' }))).toBeNull();
  });

  it('from another site are a 403, also when a forwarded host disagrees with the origin', () => {
    expect(refuseActionRequest(action({ origin: 'https://evil.example' }))).toMatchObject({ status: 403 });
    expect(refuseActionRequest(action({ origin: 'null' }))).toMatchObject({ status: 403 });
    expect(refuseActionRequest(action({ origin: 'https://blog.example', 'x-forwarded-host': 'evil.example' }))).toMatchObject({ status: 403 });
    expect(refuseActionRequest(action({ origin: 'https://cdn.example', 'x-forwarded-host': 'cdn.example, blog.example' }))).toBeNull();
  });

  it('with an origin that is not an address are a 400', () => {
    expect(refuseActionRequest(action({ origin: 'not a url' }))).toMatchObject({ status: 400 });
  });

  it('over 1 MB are a 413 that names the limit; one without a length is a 411', () => {
    const refusal = refuseActionRequest(action({ 'content-length': String(1024 * 1024 + 1) }));
    expect(refusal).toMatchObject({ status: 413 });
    expect(refusal?.message).toContain('1 MB');
    expect(refuseActionRequest(action({ 'transfer-encoding': 'chunked' }))).toMatchObject({ status: 411 });
    expect(refuseActionRequest(action({ 'content-length': '1e9' }))).toMatchObject({ status: 400 });
  });

  it('aimed at a "use cache" function are a 404: those ids carry the top bit of their first byte', () => {
    expect(isCacheFunctionId('80cb0da53881' + '0'.repeat(30))).toBe(true);
    expect(isCacheFunctionId('f07bc4519a5a' + '0'.repeat(30))).toBe(true);
    expect(isCacheFunctionId('60dc6a2caa1e' + '0'.repeat(30))).toBe(false);
    expect(isCacheFunctionId('000fc7933f5c' + '0'.repeat(30))).toBe(false);
    expect(refuseActionRequest(action({ 'next-action': 'c0a88c14a1ee' + '0'.repeat(30) }))).toMatchObject({ status: 404 });
  });
});

describe('sign-in callback URLs', () => {
  const origin = 'https://blog.example';
  it('are paths on this site or this very origin', () => {
    for (const value of ['/admin', '/admin/posts?status=draft', 'https://blog.example/admin']) expect(isSameSiteCallback(value, origin)).toBe(true);
  });
  it('are never another site, a script or a protocol-relative address', () => {
    for (const value of ['\\\\evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'data:text/html,hi', 'https://evil.example/', 'https://blog.example//evil.example', 'admin']) {
      expect(isSameSiteCallback(value, origin), value).toBe(false);
    }
  });
});

describe('the sign-in page a form came from', () => {
  it('names its callbackUrl, which the sign-in action then checks like any other', async () => {
    const { callbackFromPage } = await import('@/lib/validation/sign-in');
    expect(callbackFromPage('https://blog.example/login?callbackUrl=%2Fadmin%2Fposts')).toBe('/admin/posts');
    expect(callbackFromPage('https://blog.example/login')).toBeNull();
    expect(callbackFromPage('not a url')).toBeNull();
    expect(callbackFromPage(null)).toBeNull();
  });
});

describe('the admin policy', () => {
  it('allows, besides its nonce, exactly the reveal-timer script React writes into a prerendered shell without one', async () => {
    const { createHash } = await import('node:crypto');
    const { appPolicy } = await import('@/lib/http/content-security');
    const hash = createHash('sha256').update('requestAnimationFrame(function(){$RT=performance.now()});').digest('base64');
    expect(appPolicy('n0nce')).toContain(`script-src 'self' 'nonce-n0nce' 'sha256-${hash}'`);
    expect(appPolicy('n0nce')).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent only where the site is served over https', async () => {
    const { strictTransportSecurity } = await import('@/lib/http/content-security');
    expect(strictTransportSecurity('https://blog.example.com')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
  });
});

describe('under next dev', () => {
  it('every page runs the client runtime, so every page gets the nonce policy, with the eval React debugging needs', async () => {
    const { appPolicy, runsClientRuntime } = await import('@/lib/http/content-security');
    expect(runsClientRuntime('/blog/top-10-backend-frameworks-2024')).toBe(false);
    expect(runsClientRuntime('/blog/top-10-backend-frameworks-2024', { development: true })).toBe(true);
    expect(appPolicy('n', { development: true })).toContain("'unsafe-eval'");
    expect(appPolicy('n')).not.toContain("'unsafe-eval'");
  });
});
