import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';
import { saveAs } from './support/editor';
import { insertPost, openEditor, unique } from './support/post-edits';

test('an editor tags a post; the post shows its tags, and each tag page lists it', async ({ page }) => {
  const suffix = unique();
  const slug = `tagged-${suffix}`;
  const id = await insertPost(`Quokka husbandry ${suffix}`, slug);
  // Years back, so the seeded posts keep their places on the home page.
  await withDatabase((sql) => sql`update posts set published_at = '2016-05-01T09:00:00Z' where id = ${id}`);
  await openEditor(page, id);
  await page.getByLabel('Tags').fill(`Quokka care ${suffix}, backend`);
  await saveAs(page, 2, 'Update');
  // The existing tag keeps its spelling; the field shows what was stored.
  await expect(page.getByLabel('Tags')).toHaveValue(`Backend, Quokka care ${suffix}`);

  await page.goto(`/blog/${slug}`);
  const tags = page.getByRole('list', { name: 'Tags' });
  await expect(tags.getByRole('link')).toHaveText(['Backend', `Quokka care ${suffix}`]);
  await tags.getByRole('link', { name: `Quokka care ${suffix}` }).click();
  await expect(page).toHaveURL(new RegExp(`/tag/quokka-care-${suffix}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quokka care ${suffix}`);
  await expect(page.getByRole('link', { name: `Quokka husbandry ${suffix}` })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('tag pages list their posts, with each card showing its tags', async ({ page }) => {
    await page.goto('/blog/top-10-backend-frameworks-2024');
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Backend' }).click();
    await expect(page).toHaveURL(/\/tag\/backend$/);
    await expect(page).toHaveTitle(/Tag: Backend/);
    const card = page.getByRole('article', { name: 'Database Migrations Without the Drama' });
    await expect(card.getByRole('list', { name: 'Tags of “Database Migrations Without the Drama”' }).getByRole('link')).toHaveText(['Backend', 'Databases']);
    await expect(page.getByRole('main').getByRole('article', { name: 'Top 10 Backend Frameworks for Web Development in 2024' })).toBeVisible();
  });

  test('an unknown tag is a 404, and page 1 of a tag has one address', async ({ page, request }) => {
    expect((await page.goto('/tag/no-such-tag'))?.status()).toBe(404);
    const first = await request.get('/tag/backend/page/1', { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers().location).toMatch(/\/tag\/backend$/);
    expect((await page.goto('/tag/backend/page/9'))?.status()).toBe(404);
  });
});
