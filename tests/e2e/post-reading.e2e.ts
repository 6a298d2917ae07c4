import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';

/** A seeded post that is not the Top 10 one, with three sections. */
const STUDIO_POST = '/blog/we-have-moved-into-a-new-studio';

/** A published post, dated years back so it stays off the first page of the lists other tests read. */
async function insertOldPost(title: string, body: string, publishedAt = '2016-05-01 12:00Z'): Promise<string> {
  const slug = `reading-${randomBytes(4).toString('hex')}`;
  await withDatabase(
    (sql) => sql`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${`${title} ${slug}`}, 'An excerpt.', ${body}, 'published', ${publishedAt}::timestamptz,
        (select id from users order by id limit 1), (select id from categories where slug = 'web-development')`,
  );
  return slug;
}

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
  const slug = await insertOldPost('Two headings', 'Intro.\n\n## One\n\nText.\n\n## Two\n\nMore text.\n');
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Two' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toHaveCount(0);
});

test('the post header and its cards in lists and search say how long it takes to read', async ({ page }) => {
  const marker = `quokka${randomBytes(3).toString('hex')}`;
  // 1,380 words: six minutes at 230 a minute. Dated 2014, where no other test puts posts, so its archive's first page lists it.
  const body = `${marker} ${Array.from({ length: 1379 }, (_, i) => `word${i}`).join(' ')}`;
  const slug = await insertOldPost('Six minutes', body, '2014-07-01 12:00Z');

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
