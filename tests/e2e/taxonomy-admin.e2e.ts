import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility';
import { createUser, signIn, withDatabase } from './support/accounts';
import { unique } from './support/post-edits';

// Every post and term here is the test's own, and its posts are dated years back, so the
// seeded posts keep their places on the home page and in the other tests.

async function insertCategory(name: string, slug: string): Promise<number> {
  const [row] = await withDatabase((sql) => sql<Array<{ id: number }>>`insert into categories (slug, name) values (${slug}, ${name}) returning id`);
  return row!.id;
}

async function insertTag(name: string, slug: string): Promise<number> {
  const [row] = await withDatabase((sql) => sql<Array<{ id: number }>>`insert into tags (slug, name) values (${slug}, ${name}) returning id`);
  return row!.id;
}

async function insertPost(title: string, slug: string, categorySlug: string, tagIds: number[] = []): Promise<void> {
  await withDatabase(async (sql) => {
    const [post] = await sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', 'The body.', 'published', '2016-04-01T09:00:00Z',
        (select id from users order by id limit 1), (select id from categories where slug = ${categorySlug})
      returning id`;
    for (const tagId of tagIds) await sql`insert into post_tags (post_id, tag_id) values (${post!.id}, ${tagId})`;
  });
}

/** Signs a new editor in and opens `path` in the admin. */
async function openAsEditor(page: Page, path: string) {
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await signIn(page, editor.email, editor.password);
  await expect(page.getByText('Signed in as')).toBeVisible({ timeout: 30_000 });
  if (new URL(page.url()).pathname !== path) await page.goto(path);
}

async function expectPermanentRedirect(page: Page, from: string, to: string) {
  const response = await page.request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(308);
  // The first, uncached redirect repeats its identical Location header (decision 007).
  const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location');
  expect(new Set(locations.map((header) => new URL(header.value, 'http://x').pathname)), from).toEqual(new Set([to]));
}

test('renaming a category in the admin: the old address redirects to the new, and its post shows the new name', async ({ page }) => {
  const suffix = unique();
  const [oldSlug, newSlug] = [`gardening-${suffix}`, `horticulture-${suffix}`];
  const id = await insertCategory(`Gardening ${suffix}`, oldSlug);
  const postSlug = `roses-${suffix}`;
  await insertPost(`Pruning roses ${suffix}`, postSlug, oldSlug);
  // Both pages are cached with the old name before the rename.
  await page.goto(`/blog/${postSlug}`);
  await expect(page.getByRole('article').getByRole('link', { name: `Gardening ${suffix}` })).toBeVisible();
  await page.goto(`/category/${oldSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Gardening ${suffix}`);

  await openAsEditor(page, `/admin/categories/${id}`);
  await page.getByLabel('Name', { exact: true }).fill(`Horticulture ${suffix}`);
  await page.getByLabel('Slug').fill(newSlug);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The category is saved' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Category: Horticulture ${suffix}`);

  await expectPermanentRedirect(page, `/category/${oldSlug}`, `/category/${newSlug}`);
  await expectPermanentRedirect(page, `/category/${oldSlug}/feed.xml`, `/category/${newSlug}/feed.xml`);
  await page.goto(`/category/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/category/${newSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Horticulture ${suffix}`);
  await page.goto(`/blog/${postSlug}`);
  const pill = page.getByRole('article').getByRole('link', { name: `Horticulture ${suffix}` });
  await expect(pill).toHaveAttribute('href', `/category/${newSlug}`);
  await expect(page.getByText(`Gardening ${suffix}`)).toHaveCount(0);
});

test('merging two tags: the merged tag address redirects to the one that absorbed it', async ({ page }) => {
  const suffix = unique();
  const [sourceSlug, targetSlug] = [`js-${suffix}`, `javascript-${suffix}`];
  const sourceId = await insertTag(`JS ${suffix}`, sourceSlug);
  const targetId = await insertTag(`JavaScript ${suffix}`, targetSlug);
  const postSlug = `closures-${suffix}`;
  await insertPost(`Closures ${suffix}`, postSlug, 'design', [sourceId, targetId]);
  await page.goto(`/tag/${sourceSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`JS ${suffix}`);

  await openAsEditor(page, `/admin/tags/${sourceId}`);
  await page.getByLabel('Merge into', { exact: true }).selectOption({ label: `JavaScript ${suffix}` });
  // Not ticked: refused, and the choice is still there.
  await page.getByRole('button', { name: 'Merge tag' }).click();
  await expect(page.getByText('Tick the box to confirm: this cannot be undone.')).toBeVisible();
  await expect(page.getByLabel('Merge into', { exact: true })).toHaveValue(String(targetId));
  await page.getByLabel(`Yes, merge “JS ${suffix}” away.`).check();
  await page.getByRole('button', { name: 'Merge tag' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/tags/${targetId}\\?done=merged$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tag: JavaScript ${suffix}`);
  await expect(page.getByText(`1 post · /tag/${targetSlug}`)).toBeVisible();

  await expectPermanentRedirect(page, `/tag/${sourceSlug}`, `/tag/${targetSlug}`);
  await page.goto(`/blog/${postSlug}`);
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link')).toHaveText([`JavaScript ${suffix}`]);
});

test('deleting a category moves its posts to the category chosen', async ({ page }) => {
  const suffix = unique();
  const slug = `obsolete-${suffix}`;
  const id = await insertCategory(`Obsolete ${suffix}`, slug);
  const postSlug = `leftover-${suffix}`;
  await insertPost(`Leftover ${suffix}`, postSlug, slug);
  await page.goto(`/blog/${postSlug}`);
  await expect(page.getByRole('article').getByRole('link', { name: `Obsolete ${suffix}` })).toBeVisible();

  await openAsEditor(page, `/admin/categories/${id}`);
  await page.getByLabel(`Yes, delete “Obsolete ${suffix}”.`).check();
  // No category chosen: the field says so.
  await page.getByRole('button', { name: 'Delete category' }).click();
  await expect(page.getByText('Choose the category its posts move to.')).toBeVisible();
  await page.getByLabel('Move its posts to', { exact: true }).selectOption({ label: 'Design' });
  await page.getByLabel(`Yes, delete “Obsolete ${suffix}”.`).check();
  await page.getByRole('button', { name: 'Delete category' }).click();
  await expect(page).toHaveURL(/\/admin\/categories\?done=deleted$/);
  await expect(page.getByRole('table').getByRole('link', { name: `Obsolete ${suffix}` })).toHaveCount(0);

  expect((await page.goto(`/category/${slug}`))?.status()).toBe(404);
  await page.goto(`/blog/${postSlug}`);
  await expect(page.getByRole('article').getByRole('link', { name: 'Design', exact: true })).toHaveAttribute('href', '/category/design');
});

test('the category and tag admin pages have no serious accessibility violations, errors shown included', async ({ page }) => {
  const suffix = unique();
  const tagId = await insertTag(`Axe ${suffix}`, `axe-${suffix}`);
  await openAsEditor(page, '/admin/categories');
  await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByText('Name is required.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/admin/tags/${tagId}`);
  await page.getByRole('button', { name: 'Delete tag' }).click();
  await expect(page.getByText('Tick the box to confirm: this cannot be undone.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/admin/tags');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Tags' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an author is refused the taxonomy admin', async ({ page }) => {
  const author = await createUser('author');
  await page.goto('/login?callbackUrl=/admin');
  await signIn(page, author.email, author.password);
  await expect(page.getByText('Signed in as')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Categories' })).toHaveCount(0);
  expect((await page.goto('/admin/categories'))?.status()).toBe(403);
  expect((await page.request.get('/admin/tags', { maxRedirects: 0 })).status()).toBe(403);
});
