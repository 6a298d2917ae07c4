import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { insertCodePost, insertOldPost } from './support/reading-posts';

/** A seeded post that is not the Top 10 one, with three sections. */
const STUDIO_POST = '/blog/we-have-moved-into-a-new-studio';

test('a post with three or more headings has a table of contents whose links jump to the headings', async ({ page }) => {
  await page.goto(STUDIO_POST);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link')).toHaveText(['What\'s different', 'What stays the same', 'Come and say hello']);
  await toc.getByRole('link', { name: 'Come and say hello' }).click();
  await expect(page).toHaveURL(/#user-content-come-and-say-hello$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Come and say hello' })).toBeInViewport();
});

test('each heading has a "#" link to itself that shows on keyboard focus', async ({ page }) => {
  await page.goto(STUDIO_POST);
  const anchor = page.getByRole('link', { name: 'Link to this section: What\'s different' });
  await expect(anchor).toHaveCSS('opacity', '0');
  // From the last entry of the contents, the next stop is the first heading's link.
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  await expect(anchor).toBeFocused();
  await expect(anchor).toHaveCSS('opacity', '1');
  await expect(anchor).toHaveAttribute('href', '#user-content-whats-different');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#user-content-whats-different$/);
});

test('a post with fewer than three headings has no table of contents', async ({ page }) => {
  const slug = await insertOldPost(`Two headings ${randomBytes(3).toString('hex')}`, 'Intro.\n\n## One\n\nText.\n\n## Two\n\nMore text.\n');
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Two' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toHaveCount(0);
});

test('the post header and its cards in lists and search say how long it takes to read', async ({ page }) => {
  const marker = `quokka${randomBytes(3).toString('hex')}`;
  // 1,380 words: six minutes at 230 a minute. Dated 2014, where no other test puts posts, so its archive's first page lists it.
  const body = `${marker} ${Array.from({ length: 1379 }, (_, i) => `word${i}`).join(' ')}`;
  const slug = await insertOldPost('Six minutes', body, { publishedAt: '2014-07-01 12:00Z' });

  await page.goto(`/blog/${slug}`);
  await expect(page.locator('.article-header .meta')).toContainText('6 min read');

  await page.goto('/archive/2014');
  await expect(page.locator('.post-card').filter({ has: page.locator(`a[href="/blog/${slug}"]`) })).toContainText('6 min read');

  await page.goto(`/search/${marker}`);
  await expect(page.locator('.search-hits li').filter({ hasText: 'Six minutes' })).toContainText('Post · 6 min read');

  for (const list of ['/', '/category/news-and-events']) {
    await page.goto(list);
    await expect(page.locator('.post-card .meta').first()).toContainText(/\b\d+ min read\b/);
  }
  // The Top 10 post's reading time counts the ten frameworks it shows, not just its short introduction.
  await page.goto('/blog/top-10-backend-frameworks-2024');
  const minutes = Number(/(\d+) min read/.exec((await page.locator('.article-header .meta').innerText()) ?? '')?.[1]);
  expect(minutes).toBeGreaterThanOrEqual(7);
});

test('fenced code is highlighted on the server, in light and dark, with no script', async ({ page }) => {
  const slug = await insertCodePost();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/blog/${slug}`);
    const block = page.locator('pre code.hljs.language-ts');
    await expect(block.locator('span.hljs-keyword').first()).toHaveText('interface');
    const [keyword, text] = await Promise.all([
      block.locator('span.hljs-keyword').first().evaluate((element) => getComputedStyle(element).color),
      block.evaluate((element) => getComputedStyle(element).color),
    ]);
    expect(keyword).not.toBe(text);
    // A block that names no language is not guessed at.
    await expect(page.locator('pre code').filter({ hasText: 'No language named' }).locator('span')).toHaveCount(0);
  }
  await expect(page.locator('pre code.hljs')).toHaveCount(16);
  // The page's only script is still the comment form's own; highlighting added none, inline or not.
  await expect(page.locator('script:not([type="application/ld+json"]):not([src="/reader-forms.js"])')).toHaveCount(0);
  expect([...new Set(scripts)]).toEqual(['/reader-forms.js']);
});

test('printing gives the article and its comments, without navigation, sidebar, forms or share links, and with link addresses', async ({ page }) => {
  const slug = await insertOldPost(`Printable ${randomBytes(3).toString('hex')}`, 'Read [the spec](https://example.com/spec) and [the details](#details).\n\n## Details\n\nText.\n');
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole('complementary', { name: 'Browse the blog' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article .prose')).toBeVisible();
  await expect(page.locator('#comments')).toBeVisible();
  for (const hidden of ['.site-header', '.site-footer', 'aside.sidebar', 'nav[aria-label="Share this page"]', 'form', '.skip-link']) {
    const all = page.locator(hidden);
    expect(await all.count(), hidden).toBeGreaterThan(0);
    for (const element of await all.all()) await expect(element, hidden).toBeHidden();
  }
  // By address: the printed address becomes part of the link's accessible name.
  const after = (href: string) => page.locator(`article .prose p a[href="${href}"]`).evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after('https://example.com/spec')).toBe('" (https://example.com/spec)"');
  // An in-page link has nowhere else to point: no address after it.
  expect(await after('#user-content-details')).toBe('none');

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('complementary', { name: 'Browse the blog' })).toBeVisible();
});
