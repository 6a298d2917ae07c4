import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn } from './support/accounts';
import { seedComment, unique } from './support/comments';
import { CODE_POST_SLUG, insertCodePost } from './support/reading-posts';

/** Reader pages of every kind, with the heading each one shows. */
const READER_PAGES: Array<{ path: string; heading: RegExp; hasForm: boolean; status?: number }> = [
  { path: '/', heading: /Latest posts|Web Marketing/, hasForm: false },
  { path: '/blog/top-10-backend-frameworks-2024', heading: /Top 10 Backend Frameworks/, hasForm: true },
  { path: '/frameworks/django', heading: /Django/, hasForm: true },
  { path: '/frameworks', heading: /./, hasForm: false },
  { path: '/category/design', heading: /Design/, hasForm: false },
  { path: '/tag/backend', heading: /Backend/, hasForm: false },
  { path: '/author/annie', heading: /Annie/, hasForm: false },
  { path: '/search/django', heading: /Search/, hasForm: false },
  { path: '/quote', heading: /quote/i, hasForm: true },
  { path: '/blog/no-such-post', heading: /Page not found/, hasForm: false, status: 404 },
  { path: '/no-such-address', heading: /Page not found/, hasForm: false, status: 404 },
];

const KB = 1024;

/** Every violation of the page's Content-Security-Policy, as the browser reports it. */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('reader pages are documents, not an app', () => {
  test.beforeAll(async () => {
    // A post with a comment thread, so "a post with comments" is among the pages.
    await seedComment('charity-hackathon-weekend-what-we-built', { name: 'Reader', email: `reader-${unique()}@example.com`, body: 'A comment on the page.' });
    // Highlighted code, a table of contents and heading links: still nothing but the document.
    await insertCodePost();
  });
  const pages = [
    ...READER_PAGES,
    { path: '/blog/charity-hackathon-weekend-what-we-built', heading: /Charity Hackathon/i, hasForm: true },
    { path: `/blog/${CODE_POST_SLUG}`, heading: /Code samples/, hasForm: true },
  ];

  for (const { path, heading, hasForm, status = 200 } of pages) {
    test(`${path}: no framework script, no prefetch, no payload, and a silent policy`, async ({ page }) => {
      const violations = await watchPolicy(page);
      const scripts: Array<{ url: string; bytes: number }> = [];
      const requested: string[] = [];
      page.on('request', (request) => requested.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.push({ url: new URL(response.url()).pathname, bytes: (await response.body()).length });
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

      expect(scripts.map((script) => script.url)).toEqual(hasForm ? ['/reader-forms.js'] : []);
      expect(scripts.reduce((sum, script) => sum + script.bytes, 0)).toBeLessThan(15 * KB);
      // Nothing but the document, its images, its icon and (with a form) our script: no prefetches, and
      // no stylesheet to wait for before the first paint (the page cache writes it into the document).
      const expected = /^(document|image|font) |^other \/icon\.svg$|^script \/reader-forms\.js$/;
      expect(requested.filter((line) => !expected.test(line))).toEqual([]);

      const html = await response!.text();
      expect(html).not.toContain('self.__next_f');
      expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
      expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(html).toMatch(/<style>[^<]+<\/style>/);
      expect(await violations()).toEqual([]);
      const policy = response!.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
    });
  }
});

test('the admin keeps the App Router, under a nonce policy the browser never has to enforce against it', async ({ page }) => {
  const violations = await watchPolicy(page);
  const editor = await createUser('editor');
  await page.goto('/login?callbackUrl=%2Fadmin%2Fposts%2Fnew');
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL((url) => url.pathname === '/admin/posts/new');
  await page.getByLabel('Body (Markdown)').fill('Some **bold** words.');
  await expect(page.getByTestId('preview-body').locator('strong')).toHaveText('bold');
  // Leaving with unsaved text asks first; client-side navigation then runs under the same policy.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('link', { name: 'Posts', exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/posts$/);
  expect(await violations()).toEqual([]);
  const response = await page.request.get('/admin/posts');
  expect(response.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
});

test.describe('the reader form script', () => {
  test('keeps the text and says so when the server refuses the form or cannot be reached', async ({ page }) => {
    await page.goto('/quote');
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('E-mail').fill('ada@example.com');
    await page.getByLabel('What can we help you with?').fill('A site with a blog, by spring.');
    await page.route('**/quote', (route) =>
      route.request().method() === 'POST' ? route.fulfill({ status: 413, contentType: 'text/plain; charset=utf-8', body: 'The form is larger than the 1 MB the server accepts.' }) : route.continue(),
    );
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('alert')).toContainText('larger than the 1 MB');
    await expect(page.getByLabel('What can we help you with?')).toHaveValue('A site with a blog, by spring.');

    await page.unroute('**/quote');
    await page.route('**/quote', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue()));
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('alert')).toContainText('Nothing you typed is lost');
    await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
    await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  });

  test('refuses a leading byte-order mark, which the server’s form parser would drop', async ({ page }) => {
    await page.goto('/quote');
    const message = page.getByLabel('What can we help you with?');
    await message.fill('\uFEFFStarts with a byte-order mark.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('alert')).toContainText('byte-order mark');
    await expect(message).toHaveValue('\uFEFFStarts with a byte-order mark.');
  });
});
