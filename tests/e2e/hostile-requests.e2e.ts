import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createUser, signIn } from './support/accounts';

/** The ids Next.js gave this build's server references, by file and export. */
function serverReferences(): Array<{ id: string; filename: string; exportedName: string }> {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, { filename, exportedName }]) => ({ id, filename, exportedName }));
}

function actionId(exportedName: string): string {
  const found = serverReferences().find((reference) => reference.exportedName === exportedName);
  if (!found) throw new Error(`no Server Action ${exportedName} in this build`);
  return found.id;
}

test('a POST to the feed or sitemap right after an edit is refused, and the next GET still gets the real feed', async ({ page, request, baseURL }) => {
  const editor = await createUser('editor');
  await page.goto('/login?callbackUrl=%2Fadmin%2Fposts%2Fnew');
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL((url) => url.pathname === '/admin/posts/new');
  const title = `Published before the stray POST ${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Excerpt').fill('Ends the cached feed and sitemap.');
  await page.getByLabel('Category').selectOption({ label: 'Design' });
  await page.getByLabel('Body (Markdown)').fill('A body.');
  await page.getByRole('radio', { name: /^Published/ }).check();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/);

  // The edit ended both cached entries; a cross-site form or a fake action now arrives first.
  for (const route of ['/feed.xml', '/sitemap.xml']) {
    const asForm = await request.post(route, { multipart: { x: 'y' } });
    expect(asForm.status(), route).toBe(405);
    expect(asForm.headers()['allow']).toBe('GET, HEAD');
    const asAction = await request.post(route, { headers: { 'Next-Action': 'abc', Origin: baseURL! }, data: '[]' });
    expect(asAction.status(), route).toBe(405);
  }
  const feed = await request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain(title);
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain('<urlset');
});

test('every route handler answers only the methods it serves, and says which', async ({ request }) => {
  for (const route of ['/feed.xml', '/sitemap.xml', '/robots.txt']) {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST']) {
      const response = await request.fetch(route, { method, data: method === 'POST' ? 'x=y' : undefined });
      expect(response.status(), `${method} ${route}`).toBe(405);
      expect(response.headers()['allow'], `${method} ${route}`).toBe('GET, HEAD');
    }
    expect((await request.head(route)).status(), `HEAD ${route}`).toBe(200);
    expect((await request.get(route)).status(), `GET ${route}`).toBe(200);
  }
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    expect((await request.fetch('/api/auth/session', { method })).status(), `${method} /api/auth/session`).toBe(405);
    expect((await request.fetch('/blog/top-10-backend-frameworks-2024', { method })).status(), `${method} on a page`).toBe(405);
  }
});

test('Server Action requests Next.js would fail with a 500 get a 4xx that says why', async ({ request, baseURL }) => {
  const quote = actionId('submitQuoteRequest');
  const preview = actionId('previewMarkdownAction');
  const crossSite = await request.post('/quote', { headers: { 'Next-Action': quote, Origin: 'https://evil.example' }, multipart: { name: 'x' } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain('another site');
  const forwarded = await request.post('/quote', { headers: { 'Next-Action': quote, Origin: baseURL!, 'X-Forwarded-Host': 'evil.example' }, data: '[]' });
  expect(forwarded.status()).toBe(403);
  const badOrigin = await request.post('/quote', { headers: { 'Next-Action': quote, Origin: 'not an address' }, data: '[]' });
  expect(badOrigin.status()).toBe(400);

  const tooLarge = await request.post('/admin/posts/new', { headers: { 'Next-Action': preview, Origin: baseURL! }, data: JSON.stringify(['a'.repeat(1024 * 1024 + 1)]) });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toContain('1 MB');
  const fourMegabytes = await request.post('/admin/posts/new', { headers: { 'Next-Action': preview, Origin: baseURL! }, multipart: { body: 'a'.repeat(4 * 1024 * 1024) } });
  expect(fourMegabytes.status()).toBe(413);
  const comment = actionId('postComment');
  const bigComment = await request.post('/blog/top-10-backend-frameworks-2024', { headers: { Origin: baseURL! }, multipart: { [`$ACTION_ID_${comment}`]: '', body: 'b'.repeat(2 * 1024 * 1024) } });
  expect(bigComment.status()).toBe(413);

  const malformed = await request.post('/quote', { headers: { 'Next-Action': quote, Origin: baseURL!, 'Content-Type': 'text/plain;charset=UTF-8' }, data: '[zxc]' });
  expect(malformed.status()).toBe(400);
});

test('the public form actions called with something other than a form answer 404, not 500', async ({ request, baseURL }) => {
  for (const [name, page] of [['submitQuoteRequest', '/quote'], ['postComment', '/blog/top-10-backend-frameworks-2024'], ['signInAction', '/login']] as const) {
    for (const body of ['["x","y"]', '[1,2]', '[]', '[null,{"a":1}]']) {
      const response = await request.post(page, { headers: { 'Next-Action': actionId(name), Origin: baseURL!, 'Content-Type': 'text/plain;charset=UTF-8' }, data: body });
      expect(response.status(), `${name}(${body})`).toBe(404);
    }
  }
});

test('no "use cache" reader function can be called as a Server Action', async ({ request, baseURL }) => {
  const cached = serverReferences().filter((reference) => reference.exportedName.startsWith('$$RSC_SERVER_CACHE_'));
  // The reader reads of lib/reader and the cached page bodies: there are dozens.
  expect(cached.length).toBeGreaterThan(20);
  for (const { id, filename, exportedName } of cached) {
    const asFetch = await request.post('/', { headers: { 'Next-Action': id, Origin: baseURL!, 'Content-Type': 'text/plain;charset=UTF-8' }, data: '["django"]' });
    expect(asFetch.status(), `${filename} ${exportedName}`).toBe(404);
    const asForm = await request.post('/', { headers: { Origin: baseURL! }, multipart: { [`$ACTION_ID_${id}`]: '' } });
    expect(asForm.status(), `${filename} ${exportedName} as a form`).toBe(404);
  }
});

test('a sign-in callback URL off this site is a 400, and one on it still works', async ({ request }) => {
  for (const callbackUrl of ['\\\\evil.example/', '//evil.example', 'javascript:alert(1)', 'data:text/html,hi', 'https://evil.example/']) {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBe(400);
    expect(await response.text()).toContain('callbackUrl');
  }
  const fromCookie = await request.get('/api/auth/session', { headers: { Cookie: 'authjs.callback-url=javascript:alert(1)' } });
  expect(fromCookie.status()).toBe(400);
  expect(fromCookie.headers()['set-cookie']).toContain('authjs.callback-url=;');
  const onSite = await request.get('/api/auth/signin?callbackUrl=%2Fadmin', { maxRedirects: 0 });
  expect(onSite.status()).toBe(302);
});
