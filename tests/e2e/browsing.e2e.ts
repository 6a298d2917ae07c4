import { expect, test } from '@playwright/test';
// Next keeps the previous page mounted but hidden (React Activity) after a
// client-side navigation, so CSS locators below are scoped to :visible.

const FRAMEWORKS = ['laravel', 'django', 'spring-boot', 'ruby-on-rails', 'express', 'nestjs', 'flask', 'phoenix', 'aspnet-core', 'koa'];

test('every framework page loads, with previous and next in rank order', async ({ page }) => {
  for (const [index, slug] of FRAMEWORKS.entries()) {
    const response = await page.goto(`/frameworks/${slug}`);
    expect(response?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key Features', level: 2 })).toBeVisible();
    const others = page.getByRole('navigation', { name: 'Other frameworks' });
    const previous = FRAMEWORKS[index - 1];
    const next = FRAMEWORKS[index + 1];
    if (previous) await expect(others.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', `/frameworks/${previous}`);
    else await expect(others.getByRole('link', { name: /Previous/ })).toHaveCount(0);
    if (next) await expect(others.getByRole('link', { name: /Next/ })).toHaveAttribute('href', `/frameworks/${next}`);
    else await expect(others.getByRole('link', { name: /Next/ })).toHaveCount(0);
  }
});

test('the comparison table lists every framework', async ({ page }) => {
  await page.goto('/frameworks');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('rowheader', { name: 'Phoenix' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Django/ }).getByRole('cell').first()).toHaveText('Python');
});

test('readers browse by category from the sidebar', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('complementary', { name: 'Browse the blog' });
  await sidebar.getByRole('region', { name: 'Blogs by Categories' }).getByRole('link', { name: 'Design' }).click();
  await expect(page).toHaveURL(/\/category\/design$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Design');
  const pills = page.locator('.post-card .pill:visible');
  expect(await pills.count()).toBeGreaterThan(0);
  for (const pill of await pills.all()) await expect(pill).toHaveText('Design');
});

test('readers browse by year from the sidebar, and News and Events has Show All', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('complementary', { name: 'Browse the blog' });
  await sidebar.getByRole('link', { name: '2023', exact: true }).click();
  await expect(page).toHaveURL(/\/archive\/2023$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts from 2023');
  for (const time of await page.locator('.post-card time:visible').all()) await expect(time).toHaveAttribute('datetime', /^2023-/);

  await sidebar.getByRole('link', { name: 'Show All News and Events' }).click();
  await expect(page).toHaveURL(/\/category\/news-and-events$/);
});

test('home paginates the latest posts', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.post-card:visible')).toHaveCount(10);
  await page.getByRole('link', { name: 'Older posts →' }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.locator('.post-card:visible').first()).toBeVisible();
  await page.getByRole('link', { name: '← Newer posts' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('search finds Phoenix by "LiveView", with the match highlighted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the blog' }).fill('LiveView');
  await page.getByRole('searchbox', { name: 'Search the blog' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/LiveView$/);
  const first = page.locator('.search-hits > li').first();
  await expect(first.getByRole('link')).toHaveText('Phoenix');
  await expect(first.locator('mark').first()).toHaveText('LiveView');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/frameworks\/phoenix$/);
});

test('a misspelt search says what it searched for instead, and finds the framework', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the blog' }).fill('Djnago');
  await page.getByRole('searchbox', { name: 'Search the blog' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/Djnago$/);
  await expect(page.getByRole('status')).toContainText('No results for “Djnago”. Did you mean Django?');
  await expect(page.locator('.search-hits > li').first().getByRole('link')).toHaveText('Django');
  await page.getByRole('status').getByRole('link', { name: 'Django' }).click();
  await expect(page).toHaveURL(/\/search\/Django$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Django”\.$/);
});

test('a hostile search answers 200 with results or "no results", never a 500', async ({ page }) => {
  for (const query of [`${'-'.repeat(40)}phoenix`, `phoenix ${'- '.repeat(40)}`, 'phoenix <-> liveview:* & !x | (y)', '\\\\ "unterminated', `${'or -'.repeat(30)}x`]) {
    const response = await page.goto(`/search/${encodeURIComponent(query)}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByText(/^(No results|\d+ results?) for/)).toBeVisible();
  }
});

test('an unknown page answers 404 with a styled page', async ({ page }) => {
  for (const path of ['/blog/no-such-post', '/frameworks/cobol-on-cogs', '/category/nope', '/archive/1850', '/page/999', '/not/a/page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('a malformed address is a client error (400), never a 500', async ({ request }) => {
  for (const path of ['/blog/%E0%A4%A', '/frameworks/%ZZ', '/search/%E0%A4%A']) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
});

test('the feed is valid RSS 2.0 with the latest posts', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
  expect(xml.match(/<item>/g)?.length).toBeGreaterThanOrEqual(15);
  expect(xml).toContain('<title><![CDATA[Top 10 Backend Frameworks for Web Development in 2024]]></title>');
});

test('the sitemap and robots.txt list the site', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const slug of FRAMEWORKS) expect(sitemap).toContain(`/frameworks/${slug}</loc>`);
  expect(sitemap).toContain('/blog/top-10-backend-frameworks-2024</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});
