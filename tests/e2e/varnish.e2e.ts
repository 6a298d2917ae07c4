import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { SECOND_PASS_AFTER_MS } from '../../lib/cache/purge/index.mjs';
import { startVarnish, type LocalVarnish } from '../../scripts/varnish';
import { createUser, signIn, withDatabase } from './support/accounts';
import { startInstance, type Instance } from './support/instances';

// Real varnishd (deploy/varnish/musings.vcl) in front of a `next start` of this build that purges
// it on every edit. Ports of its own, clear of the main server's and media-instances' (+50).
const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 11;
const VARNISH_PORT = Number(process.env.E2E_PORT ?? 3100) + 12;

test.describe.configure({ mode: 'serial' });

let app: Instance | undefined;
let varnish: LocalVarnish | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // No skip when varnishd is missing: startVarnish throws with the apt command that installs it.
  varnish = await startVarnish(VARNISH_PORT, [APP_PORT]);
  // An instance of its own that purges this Varnish on every edit.
  app = await startInstance(APP_PORT, { SITE_URL: varnish.url, CACHE_PURGE_VARNISH: varnish.url });
});

test.afterAll(async () => {
  await app?.stop();
  await varnish?.stop();
});

/** A published post straight into the database, so no other test's edits touch it. */
async function insertPost(slug: string, title: string) {
  await withDatabase(
    (sql) => sql`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', 'The body as it was.', 'published', now() - interval '1 day',
        (select id from users order by id limit 1), (select id from categories where slug = 'design')`,
  );
  const [row] = await withDatabase((sql) => sql<Array<{ id: number }>>`select id from posts where slug = ${slug}`);
  return row!.id;
}

const through = (path: string) => `${varnish!.url}${path}`;

test('Varnish serves reader pages from its cache, and an edit in the admin shows at the next request', async ({ page, request }) => {
  const slug = `behind-varnish-${randomBytes(3).toString('hex')}`;
  const id = await insertPost(slug, `Cached ${slug}`);

  const first = await request.get(through(`/blog/${slug}`));
  expect(first.status()).toBe(200);
  expect(first.headers()['x-cache']).toBe('MISS');
  const second = await request.get(through(`/blog/${slug}`));
  expect(second.headers()['x-cache']).toBe('HIT');
  expect(await second.text()).toContain(`Cached ${slug}`);
  // Tags for a CDN further out stay; Varnish's own index does not leave it.
  expect(second.headers()['surrogate-key']).toContain(`post:${slug}`);
  expect(second.headers()['xkey']).toBeUndefined();
  expect(second.headers()['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=3600');
  // A browser revalidating its copy gets a 304 from Varnish, without a trip to the app.
  const revalidated = await request.get(through(`/blog/${slug}`), { headers: { 'If-None-Match': second.headers()['etag']! } });
  expect(revalidated.status()).toBe(304);
  const feed = await request.get(through('/feed.xml'));
  expect((await request.get(through('/feed.xml'))).headers()['x-cache']).toBe('HIT');
  expect((await request.get(through('/feed.xml'), { headers: { 'If-None-Match': feed.headers()['etag']! } })).status()).toBe(304);
  // And from the app itself (proxy.ts, against the ETag the entry was stored with), for the feed and for the page.
  const direct = await request.get(`http://127.0.0.1:${APP_PORT}/feed.xml`, { headers: { 'If-None-Match': feed.headers()['etag']! } });
  expect(direct.status()).toBe(304);
  expect(direct.headers()['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=3600');
  const directPage = await request.get(`http://127.0.0.1:${APP_PORT}/blog/${slug}`, { headers: { 'If-None-Match': second.headers()['etag']! } });
  expect(directPage.status()).toBe(304);
  expect(directPage.headers()['etag']).toBe(second.headers()['etag']);

  // The editor signs in and saves through Varnish (every admin request and Server Action POST passes).
  const editor = await createUser('editor');
  await page.goto(through(`/login?callbackUrl=${encodeURIComponent(`/admin/posts/${id}`)}`));
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL((url) => url.pathname === `/admin/posts/${id}`);
  await page.getByLabel('Title').fill(`Edited ${slug}`);
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.locator('.save-bar-state')).toHaveText('Saved as version 2.');

  // The purge runs in the background right after the save; give it a moment, never the s-maxage.
  await expect(async () => {
    const after = await request.get(through(`/blog/${slug}`));
    expect(await after.text()).toContain(`Edited ${slug}`);
  }).toPass({ timeout: 5000, intervals: [100, 200, 300] });
  // The feed lists the post too: its tag went in the same purge.
  expect((await request.get(through('/feed.xml'))).headers()['x-cache']).toBe('MISS');
  // The copy revalidated before the edit is no longer current: the app answers the new page, not a 304.
  const afterEdit = await request.get(`http://127.0.0.1:${APP_PORT}/blog/${slug}`, { headers: { 'If-None-Match': second.headers()['etag']! } });
  expect(afterEdit.status()).toBe(200);
  expect(await afterEdit.text()).toContain(`Edited ${slug}`);
  expect(afterEdit.headers()['etag']).not.toBe(second.headers()['etag']);
});

test('a signed-in admin never gets a cached page, and a reader never gets the admin’s', async ({ browser, request }) => {
  // The edit of the test before purges its tags once more 2 s later (SECOND_PASS_AFTER_MS), and every
  // post page carries the lists' tag (its sidebar lists recent posts): warm this page after that.
  await new Promise((resolve) => setTimeout(resolve, SECOND_PASS_AFTER_MS + 500));
  const slug = `signed-in-then-reader-${randomBytes(3).toString('hex')}`;
  await insertPost(slug, `Shared ${slug}`);
  expect((await request.get(through(`/blog/${slug}`))).headers()['x-cache']).toBe('MISS');
  expect((await request.get(through(`/blog/${slug}`))).headers()['x-cache']).toBe('HIT');

  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const admin = await createUser('admin');
    await page.goto(through('/login?callbackUrl=%2Fadmin'));
    await signIn(page, admin.email, admin.password);
    await expect(page).toHaveURL((url) => url.pathname === '/admin');
    const adminPage = await page.goto(through('/admin'));
    expect(adminPage!.headers()['x-cache']).toBe('PASS');
    expect(adminPage!.headers()['cache-control']).toMatch(/private/);
    await expect(page.getByText(`Signed in as ${admin.name}`)).toBeVisible();
    // Signed in, the reader page comes from the app, not from what Varnish keeps for readers.
    const readerPageSignedIn = await page.goto(through(`/blog/${slug}`));
    expect(readerPageSignedIn!.headers()['x-cache']).toBe('PASS');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Shared ${slug}`);
  } finally {
    await context.close();
  }

  // A reader after that: the cached reader page, no cookie set, nothing of the admin's.
  const reader = await request.get(through(`/blog/${slug}`));
  expect(reader.headers()['x-cache']).toBe('HIT');
  expect(reader.headers()['set-cookie']).toBeUndefined();
  expect(await reader.text()).not.toMatch(/Sign out|href="\/admin/);
  const adminForReader = await request.get(through('/admin'), { maxRedirects: 0 });
  expect(adminForReader.headers()['x-cache']).toBe('PASS');
  expect(await adminForReader.text()).not.toContain('Signed in as');
});

test('Varnish takes purges only from its ACL (loopback: 127.0.0.1 and ::1), and only with a tag list', async ({ request }) => {
  const noTags = await request.fetch(through('/'), { method: 'PURGE' });
  expect(noTags.status()).toBe(400);
  expect(await noTags.text()).toContain('xkey-purge');
  // 127.0.0.2 is this machine too, but not in the ACL: a stranger's address.
  const stranger = await purgeFrom('127.0.0.2', 'posts:lists');
  expect(stranger).toEqual({ status: 403, body: 'Purging is not allowed from this address.\n' });
  expect((await purgeFrom('127.0.0.1', 'posts:lists')).status).toBe(200);
});

function purgeFrom(localAddress: string, tags: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(through('/'), { method: 'PURGE', localAddress, headers: { 'xkey-purge': tags } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
