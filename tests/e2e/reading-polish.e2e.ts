import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';

test('a Markdown table keeps its columns’ alignment', async ({ page }) => {
  const slug = `aligned-table-${randomBytes(3).toString('hex')}`;
  const body = 'Prices:\n\n| Plan | Seats | Price |\n|:--|:-:|--:|\n| Small | 3 | 9 € |\n| Large | 30 | 90 € |\n';
  // Dated years back, so it stays off the first page of lists other tests read.
  await withDatabase(
    (sql) => sql`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${`Aligned ${slug}`}, 'A table.', ${body}, 'published', timestamptz '2016-03-01 12:00Z',
        (select id from users order by id limit 1), (select id from categories where slug = 'design')`,
  );
  await page.goto(`/blog/${slug}`);
  const cell = (column: number) => page.locator('article .prose tbody tr').first().locator('td').nth(column);
  const alignment = (column: number) => cell(column).evaluate((element) => getComputedStyle(element).textAlign);
  expect([await alignment(0), await alignment(1), await alignment(2)]).toEqual(['left', 'center', 'right']);
});

test('in the comparison table, each row’s key (the framework’s name) reads at full size, not as a small label', async ({ page }) => {
  await page.goto('/frameworks');
  const style = await page
    .locator('table tbody th')
    .first()
    .evaluate((element) => ({ transform: getComputedStyle(element).textTransform, size: parseFloat(getComputedStyle(element).fontSize), body: parseFloat(getComputedStyle(document.body).fontSize) }));
  expect(style.transform).toBe('none');
  expect(style.size).toBeGreaterThanOrEqual(style.body);
});
