import { expect, test } from '@playwright/test';

const PAGES = ['/', '/blog/top-10-backend-frameworks-2024', '/frameworks', '/frameworks/koa', '/category', '/category/design', '/tag/backend', '/author/annie', '/archive/2024', '/search/django', '/quote'];

for (const path of PAGES) {
  test(`${path} loads with no console error and no failed request`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    // The page declares its icon, so browsers do not ask for a missing /favicon.ico.
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^\/icon\.svg/);
    // A feed reader given any address of the site finds the feed: the blog's comes first (a category or tag page adds its own after it).
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /\/feed\.xml$/);
  });
}

test('the category index lists every category with its count', async ({ page }) => {
  await page.goto('/category');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All categories');
  for (const name of ['Design', 'Digital Marketing', 'News and Events', 'Web Development']) {
    await expect(page.locator('.category-index').getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('post cards name the author and the day, and count comments only where there are some', async ({ page }) => {
  await page.goto('/');
  const meta = page.locator('.post-card .meta');
  await expect(meta.first()).toHaveText(/^Posted by .+ on \w+ \d{1,2}, \d{4}/);
  for (const text of await meta.allTextContents()) expect(text).not.toMatch(/(^|\D)0 comments/);
});
