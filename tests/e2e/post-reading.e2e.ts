import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';

/** A seeded post that is not the Top 10 one, with three sections. */
const STUDIO_POST = '/blog/we-have-moved-into-a-new-studio';

/** A published post, dated years back so it stays off the first page of the lists other tests read. */
async function insertOldPost(title: string, body: string): Promise<string> {
  const slug = `reading-${randomBytes(4).toString('hex')}`;
  await withDatabase(
    (sql) => sql`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${`${title} ${slug}`}, 'An excerpt.', ${body}, 'published', timestamptz '2016-05-01 12:00Z',
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
