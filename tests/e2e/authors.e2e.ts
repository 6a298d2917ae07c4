import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';
import { insertPost, unique } from './support/post-edits';

const TOP_10 = 'Top 10 Backend Frameworks for Web Development in 2024';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a byline opens the author page, which lists their posts; the post ends with who wrote it and related posts', async ({ page }) => {
    await page.goto('/blog/top-10-backend-frameworks-2024');
    const authorBox = page.getByRole('complementary', { name: 'Written by Annie' });
    await expect(authorBox.getByRole('link', { name: 'All posts by Annie' })).toHaveAttribute('href', '/author/annie');
    const related = page.getByRole('region', { name: 'Related posts' });
    await expect(related.getByRole('listitem')).toHaveCount(3);
    await expect(related.getByRole('link', { name: TOP_10 })).toHaveCount(0);

    await page.locator('.article-header').getByRole('link', { name: 'Annie' }).click();
    await expect(page).toHaveURL(/\/author\/annie$/);
    await expect(page).toHaveTitle(/Posts by Annie/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annie');
    await expect(page.getByRole('main').getByRole('article', { name: TOP_10 })).toBeVisible();
    // No portrait yet: the initials stand in.
    await expect(page.locator('.author-header .author-avatar')).toHaveText('A');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute('href', /\/author\/annie\/feed\.xml$/);
  });

  test('an author page exists only for someone with a public post; page 1 has one address', async ({ page, request }) => {
    const nobody = await createUser('author');
    expect((await page.goto(`/author/${nobody.email.split('@')[0]}`))?.status()).toBe(404);
    expect((await page.goto('/author/no-such-person'))?.status()).toBe(404);
    const first = await request.get('/author/annie/page/1', { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers().location).toMatch(/\/author\/annie$/);
    expect((await request.get('/author/no-such-person/feed.xml')).status()).toBe(404);
  });
});

test('a post page is tagged with its author, so a profile change reaches it', async ({ request }) => {
  // Its first answer fills the cache; the second carries the entry's tags for a shared cache.
  await request.get('/blog/top-10-backend-frameworks-2024');
  const tags = (await request.get('/blog/top-10-backend-frameworks-2024')).headers()['surrogate-key']?.split(' ') ?? [];
  expect(tags).toEqual(expect.arrayContaining(['post:top-10-backend-frameworks-2024', 'author:annie']));
});

test('people edit their own name and bio; the author page, bylines and the post show it at once', async ({ page }) => {
  const author = await createUser('author');
  const slug = author.email.split('@')[0]!;
  const suffix = unique();
  const postSlug = `by-an-author-${suffix}`;
  const id = await insertPost(`Field notes ${suffix}`, postSlug);
  // Years back, so the seeded posts keep their places on the home page.
  await withDatabase((sql) => sql`update posts set author_id = (select id from users where email = ${author.email}), published_at = '2016-06-01T09:00:00Z' where id = ${id}`);
  // Readers' caches are warm before the change: the edit must expire them.
  await page.goto(`/author/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test author');
  await page.goto(`/blog/${postSlug}`);

  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account')}`);
  await signIn(page, author.email, author.password);
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  // Refused input names the field and keeps every word typed.
  await page.getByLabel('Name').fill('');
  await page.getByLabel('Bio').fill('Writes about Elixir.\nLives by the sea.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(page.getByLabel('Bio')).toHaveValue('Writes about Elixir.\nLives by the sea.');

  await page.getByLabel('Name').fill(`Marguerite ${suffix}`);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();

  await page.goto(`/author/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Marguerite ${suffix}`);
  await expect(page.locator('.author-header .author-bio')).toHaveText('Writes about Elixir.\nLives by the sea.');
  await expect(page.locator('.author-header .author-avatar')).toHaveText(/^M.$/);
  await page.goto(`/blog/${postSlug}`);
  await expect(page.locator('.article-header')).toContainText(`Posted by Marguerite ${suffix} on`);
  await expect(page.getByRole('complementary', { name: `Written by Marguerite ${suffix}` })).toContainText('Writes about Elixir.');
});
