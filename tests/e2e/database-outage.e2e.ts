import { expect, test, type Browser } from '@playwright/test';
import { createUser, signIn } from './support/accounts';
import { commentBox, fillComment, unique } from './support/comments';
import { cuttableLink, hostAndPort } from './support/cuttable-link';
import { startServer, type StartedServer } from './support/server';

// One instance of its own, whose only road to PostgreSQL is a link the test cuts: the other tests' server and
// database carry on. Serial: the steps are one story (warm, cut, try everything, restore).
test.describe.configure({ mode: 'serial' });

const BASE = Number(process.env.E2E_PORT ?? 3100);
const APP_PORT = BASE + 1;
const LINK_PORT = BASE + 2;
const POST = '/blog/top-10-backend-frameworks-2024';
const NO_STACK = /\bat \S+ \(|node_modules|Error:/;

let server: StartedServer;
let link: Awaited<ReturnType<typeof cuttableLink>>;
let editor: { email: string; password: string };

test.beforeAll(async () => {
  link = await cuttableLink(hostAndPort(process.env.DATABASE_URL!), LINK_PORT);
  server = await startServer(APP_PORT, { DATABASE_URL: link.url(process.env.DATABASE_URL!), SITE_URL: `http://127.0.0.1:${APP_PORT}` });
  editor = await createUser('editor');
});

test.afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  await link?.cut();
});

const url = (path: string) => `${server.url}${path}`;

async function page(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ baseURL: server.url, ...options, extraHTTPHeaders: { 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.7` } });
  return context.newPage();
}

test('with PostgreSQL away: cached pages serve, uncached ones are a 503 with Retry-After, forms keep the text; then it recovers', async ({ browser }) => {
  test.setTimeout(120_000);
  const missing = `/blog/no-such-post-${unique()}`;
  // Warm what a reader has just read, and a 404 the cache now knows.
  expect((await fetch(url(POST))).status).toBe(200);
  expect((await fetch(url(missing))).status).toBe(404);
  expect(await (await fetch(url('/readyz'))).json()).toMatchObject({ status: 'ready', database: 'reachable', migrations: 'current' });

  const noScript = await page(browser, { javaScriptEnabled: false });
  await noScript.goto(POST);
  const withScript = await page(browser);
  await withScript.goto(POST);
  const admin = await page(browser);
  await admin.goto('/login?callbackUrl=/admin/posts/new');
  await signIn(admin, editor.email, editor.password);
  await expect(admin.getByRole('heading', { name: 'New post' })).toBeVisible();
  const signInPage = await page(browser);
  await signInPage.goto('/login');

  // Warmed again at the last moment: other tests edit posts meanwhile, and an edit ends the cached
  // page (the sidebar lists recent posts). Once the link is cut, no invalidation reaches this instance.
  expect((await fetch(url(POST))).status).toBe(200);
  expect((await fetch(url(missing))).status).toBe(404);
  await link.cut();

  // Reading: the warmed page and 404 still come from the cache.
  const cached = await fetch(url(POST));
  expect(cached.status).toBe(200);
  expect(await cached.text()).toContain('Koa.js');
  expect((await fetch(url(missing))).status).toBe(404);
  // What needs the database: a 503 with Retry-After and a page that says so, never a 500 or a stack trace.
  for (const path of [`/search/outage-${unique()}`, `/blog/never-seen-${unique()}`, '/admin']) {
    const response = await fetch(url(path), { headers: { accept: 'text/html', cookie: (await admin.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
    const body = await response.text();
    expect(response.status, path).toBe(503);
    expect(response.headers.get('retry-after'), path).toBe('30');
    expect(response.headers.get('cache-control'), path).toBe('no-store');
    expect(body, path).toContain('cannot reach its database');
    expect(body, path).not.toMatch(NO_STACK);
  }
  expect((await fetch(url('/healthz'))).status).toBe(200);
  const readiness = await fetch(url('/readyz'));
  expect(readiness.status).toBe(503);
  expect(await readiness.json()).toMatchObject({ status: 'not ready', database: 'unreachable' });

  // A comment without JavaScript: the first press gets the fill-time token, the second meets the outage.
  const noScriptText = `Typed during the outage, no script ${unique()}`;
  await fillComment(noScript, { body: noScriptText, name: 'Offline', email: `offline-${unique()}@example.com` });
  await noScript.getByRole('button', { name: 'Post comment' }).click();
  await expect(noScript.getByText('Almost there')).toBeVisible();
  await noScript.waitForTimeout(3_200);
  await noScript.getByRole('button', { name: 'Post comment' }).click();
  await expect(noScript.getByText('The site cannot save anything right now')).toBeVisible();
  await expect(commentBox(noScript)).toHaveValue(noScriptText);

  // The same with JavaScript (public/reader-forms.js).
  const scriptText = `Typed during the outage, with script ${unique()}`;
  await fillComment(withScript, { body: scriptText, name: 'Offline', email: `offline-${unique()}@example.com` });
  await withScript.waitForTimeout(3_200);
  await withScript.getByRole('button', { name: 'Post comment' }).click();
  await expect(withScript.getByText('The site cannot save anything right now')).toBeVisible();
  await expect(commentBox(withScript)).toHaveValue(scriptText);

  // An admin save: the editor shows the message and keeps every field.
  await admin.getByLabel('Title').fill('Written while the database was away');
  await admin.getByLabel('Body (Markdown)').fill('Every **word** of this stays.');
  await admin.locator('.save-bar button[data-primary]').click();
  await expect(admin.getByText('The site cannot save anything right now')).toBeVisible();
  await expect(admin.locator('.save-bar-state')).toContainText('Not saved: the server cannot be reached. Your text is kept in this browser');
  await expect(admin.getByLabel('Title')).toHaveValue('Written while the database was away');
  await expect(admin.getByLabel('Body (Markdown)')).toHaveValue('Every **word** of this stays.');

  // Signing in says why it cannot, rather than "wrong password".
  await signIn(signInPage, editor.email, editor.password);
  await expect(signInPage.getByText('Signing in is not possible right now')).toBeVisible();
  await expect(signInPage.getByLabel('E-mail')).toHaveValue(editor.email);

  await link.restore();
  await expect.poll(async () => (await fetch(url('/readyz'))).status, { timeout: 15_000 }).toBe(200);
  expect((await fetch(url(`/search/after-${unique()}`))).status).toBe(200);
});
