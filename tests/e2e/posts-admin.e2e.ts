import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';
import { primaryButton, saveAs, saveState } from './support/editor';

const unique = () => randomBytes(3).toString('hex');

async function signInAsEditor(page: Page, callbackUrl = '/admin/posts') {
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, editor.email, editor.password);
  // Compare the path: the sign-in page's own URL ends with the callback too.
  await expect(page).toHaveURL((url) => url.pathname === callbackUrl);
  return editor;
}

/** A published post by the seeded author, straight into the database. */
async function insertPost(title: string, slug: string, body = 'The body as it was.') {
  const [row] = await withDatabase(
    (sql) => sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', ${body}, 'published', now() - interval '1 day',
        (select id from users order by id limit 1), (select id from categories where slug = 'design')
      returning id`,
  );
  return row!.id;
}

async function writePost(page: Page, fields: { title: string; body: string; excerpt?: string }) {
  await page.goto('/admin/posts/new');
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel('Excerpt').fill(fields.excerpt ?? 'Written in the browser.');
  await page.getByLabel('Category').selectOption({ label: 'Design' });
  await page.getByLabel('Body (Markdown)').fill(fields.body);
}

test('an editor writes and publishes a post, and readers see it on home, in its category and year, and in the feed', async ({ page, request }) => {
  const title = `Fresh from the editor ${unique()}`;
  await signInAsEditor(page);
  await writePost(page, { title, body: 'A paragraph with **bold** words.\n\n- one\n- two' });
  // The live preview renders through the public pipeline.
  await expect(page.getByTestId('preview-body').locator('strong')).toHaveText('bold');
  await page.getByRole('radio', { name: /^Published/ }).check();
  await page.getByRole('button', { name: 'Publish' }).click();
  // The new post moves to its own editor.
  await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Post created.' })).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved as version 1.');

  const year = new Date().getUTCFullYear();
  for (const path of ['/', '/category/design', `/archive/${year}`]) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: title }).first(), path).toBeVisible();
  }
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('article strong', { hasText: 'bold' })).toBeVisible();
  expect(await (await request.get('/feed.xml')).text()).toContain(title);
});

test('a scheduled post stays hidden until its time, then appears with nobody acting', async ({ page }) => {
  test.setTimeout(150_000);
  const title = `Scheduled for later ${unique()}`;
  await signInAsEditor(page);
  // The picker has minute precision: the next minute at least 15 seconds away.
  const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
  await writePost(page, { title, body: 'It was worth the wait.' });
  await page.getByRole('radio', { name: /^Scheduled/ }).check();
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await page.getByLabel(/^Publish at/).fill(local);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/);

  await page.goto('/admin/posts?state=scheduled');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Scheduled');
  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  await page.waitForTimeout(Math.max(0, at.getTime() - Date.now()) + 1_000);
  // A reader loading the page from then on sees it; on a loaded machine the first render after the
  // time may still be finishing, so a reload or two within a few seconds is allowed.
  await expect
    .poll(
      async () => {
        await page.goto('/');
        return page.getByRole('link', { name: title }).count();
      },
      { timeout: 10_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
});

test('renaming a published post’s slug keeps the old address, which redirects permanently', async ({ page, request }) => {
  const oldSlug = `before-move-${unique()}`;
  const newSlug = `after-move-${unique()}`;
  const id = await insertPost(`Moving house ${oldSlug}`, oldSlug);
  await page.goto(`/blog/${oldSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Moving house');

  await signInAsEditor(page, `/admin/posts/${id}`);
  await page.getByLabel('Slug').fill(newSlug);
  await saveAs(page, 2, 'Update');

  const response = await request.get(`/blog/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  // (The first, uncached answer repeats the identical Location header, a Next.js quirk browsers accept.)
  expect(new Set(response.headers()['location']?.split(', '))).toEqual(new Set([`/blog/${newSlug}`]));
  await page.goto(`/blog/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/blog/${newSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Moving house');
});

test('two editors change the same paragraph: the second gets the conflict, sees the change and keeps their text', async ({ browser }) => {
  const slug = `shared-${unique()}`;
  const id = await insertPost(`Shared post ${slug}`, slug, 'Paragraph everyone starts from.');
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const pageA = await first.newPage();
    const pageB = await second.newPage();
    await signInAsEditor(pageA, `/admin/posts/${id}`);
    await signInAsEditor(pageB, `/admin/posts/${id}`);

    await pageA.getByLabel('Body (Markdown)').fill('Paragraph everyone starts from, improved by A.');
    await saveAs(pageA, 2);

    await pageB.getByLabel('Body (Markdown)').fill('B rewrote this completely.');
    await primaryButton(pageB).click();
    await expect(pageB.getByRole('alert').filter({ hasText: 'someone else saved this post while you were editing and changed the same parts you did (Body)' })).toBeVisible();
    await expect(saveState(pageB)).toHaveText('Unsaved changes.');
    await expect(pageB.getByLabel('Body (Markdown)')).toHaveValue('B rewrote this completely.');
    await expect(pageB.locator('.conflict-panel ins')).toContainText('improved by A');

    const [row] = await withDatabase((sql) => sql<Array<{ body: string }>>`select body from posts where id = ${id}`);
    expect(row!.body).toBe('Paragraph everyone starts from, improved by A.');
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
});

test('an author sees only their own posts and cannot open someone else’s', async ({ page }) => {
  const slug = `not-yours-${unique()}`;
  const id = await insertPost(`Not yours ${slug}`, slug);
  const author = await createUser('author');
  await page.goto('/login?callbackUrl=/admin/posts');
  await signIn(page, author.email, author.password);
  await expect(page).toHaveURL((url) => url.pathname === '/admin/posts');
  await expect(page.getByRole('link', { name: `Not yours ${slug}` })).toHaveCount(0);
  await page.goto(`/admin/posts/${id}`);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('moving a post to the trash hides it from readers; an editor restores it', async ({ page }) => {
  const slug = `trash-me-${unique()}`;
  const title = `Trash me ${slug}`;
  const id = await insertPost(title, slug);
  await signInAsEditor(page, `/admin/posts/${id}`);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toBeVisible();
  const gone = await page.goto(`/blog/${slug}`);
  expect(gone?.status()).toBe(404);

  await page.goto('/admin/posts?state=trash');
  await page.getByRole('button', { name: `Restore ${title}` }).click();
  await expect(page.getByRole('button', { name: `Restore ${title}` })).toHaveCount(0);
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('unsaved changes are not lost: leaving asks first, and a refused save keeps the text and says why', async ({ page }) => {
  await signInAsEditor(page);
  await writePost(page, { title: 'Half-written thoughts', body: 'A draft I care about.' });
  await page.getByLabel(/^Slug/).fill('Not a valid slug!');

  let prompted = '';
  page.once('dialog', (dialog) => {
    prompted = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Dashboard' }).click();
  expect(prompted).toContain('unsaved changes');
  await expect(page).toHaveURL(/\/admin\/posts\/new$/);

  await primaryButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The post was not saved' })).toBeVisible();
  await expect(page.getByText('Slug may use only lowercase letters')).toBeVisible();
  await expect(page.getByLabel(/^Slug/)).toHaveValue('Not a valid slug!');
  await expect(page.getByLabel('Body (Markdown)')).toHaveValue('A draft I care about.');
  await expect(page.getByLabel('Title')).toHaveValue('Half-written thoughts');
});

for (const path of ['/admin/posts', '/admin/posts/new']) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await signInAsEditor(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('the history compares revisions word by word and restores one as a new version', async ({ page }) => {
  const slug = `history-${unique()}`;
  const id = await insertPost(`History ${slug}`, slug, 'The first wording of this post.');
  await signInAsEditor(page, `/admin/posts/${id}`);
  await page.getByLabel('Slug').fill(`${slug}-renamed`);
  await page.getByLabel('Body (Markdown)').fill('The second, rather different wording of this post.');
  await saveAs(page, 2);

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'Changes from version 1 to version 2' })).toBeVisible();
  const comparison = page.locator('.revision-comparison');
  await expect(comparison.locator('del')).toContainText(['first']);
  await expect(comparison.locator('ins')).toContainText(['second, rather different']);

  // Restoring shows what it will change before it changes anything; the address stays unless asked.
  await page.getByRole('link', { name: 'Review restoring version 1' }).click();
  const review = page.getByRole('region', { name: 'Restore version 1?' });
  await expect(review.locator('ins')).toContainText(['first']);
  await expect(review.getByRole('heading', { name: 'Slug' })).toHaveCount(0);
  await expect(review.getByLabel(`Also change the address back from /blog/${slug}-renamed to /blog/${slug}`)).not.toBeChecked();
  await review.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revision restored as version 3' })).toBeVisible();
  await expect(page.getByLabel('Body (Markdown)')).toHaveValue('The first wording of this post.');
  await expect(page.getByRole('textbox', { name: /^Slug/ })).toHaveValue(`${slug}-renamed`);
  await page.goto(`/blog/${slug}-renamed`);
  await expect(page.getByText('The first wording of this post.')).toBeVisible();
});
