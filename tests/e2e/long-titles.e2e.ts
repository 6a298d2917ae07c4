import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';
import { unique } from './support/comments';

test.use({ viewport: { width: 375, height: 740 } });

test('a title with one very long word wraps on a phone instead of widening the page', async ({ page }) => {
  const slug = `long-title-${unique()}`;
  const title = `Supercalifragilistic${'expialidocious'.repeat(6)} and more`;
  await withDatabase(
    (sql) => sql`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', 'A body.', 'published', now() - interval '1 day', (select id from users order by id limit 1), id
      from categories where slug = 'design'`,
  );
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
});
