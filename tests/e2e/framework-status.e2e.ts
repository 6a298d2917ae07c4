import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';
import { primaryButton, saveAs } from './support/editor';
import { insertRankingPost } from './support/rankings';

const TOP_TEN_NAMES = ['Laravel', 'Django', 'Spring Boot', 'Ruby on Rails', 'Express.js', 'NestJS', 'Flask', 'Phoenix', 'ASP.NET Core', 'Koa.js'];

async function signInAsEditor(page: Page, callbackUrl: string) {
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[?]/g, '\\?')}$`));
}

const field = (page: Page, label: string) => page.getByRole('textbox', { name: new RegExp(`^${label}`) });

test('/frameworks lists the ten frameworks the Top 10 ranks, in rank order', async ({ page }) => {
  await page.goto('/frameworks');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(TOP_TEN_NAMES);
});

test('a new framework is a draft readers cannot reach until it is published; a rename then leaves a redirect', async ({ page, request }) => {
  const name = `Quillet ${randomBytes(3).toString('hex')}`;
  const slug = name.toLowerCase().replace(' ', '-');
  await signInAsEditor(page, '/admin/frameworks/new');
  await field(page, 'Name').fill(name);
  await field(page, 'Slug').fill(slug);
  await field(page, 'Language').fill('Zig');
  await field(page, 'First released').fill('2023');
  await field(page, 'Creator').fill('A test');
  await field(page, 'Architecture').fill('Middleware');
  await expect(page.getByRole('radio', { name: /^Draft/ })).toBeChecked();
  await saveAs(page, 1, 'Save draft');
  await expect(page).toHaveURL(/\/admin\/frameworks\/\d+/);

  expect((await request.get(`/frameworks/${slug}`)).status()).toBe(404);
  await page.goto('/frameworks');
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  await page.goto('/admin/frameworks');
  await expect(page.getByRole('row', { name: new RegExp(name) }).getByRole('cell', { name: 'Draft' })).toBeVisible();

  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('radio', { name: /^Published/ }).check();
  await saveAs(page, 2, 'Publish');
  await expect(primaryButton(page)).toHaveText('Update');
  expect((await request.get(`/frameworks/${slug}`)).status()).toBe(200);
  await page.goto(`/frameworks/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.goto('/frameworks');
  // Listed apart from the Top 10, which stays exactly ten.
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(TOP_TEN_NAMES);
  await expect(page.getByRole('region', { name: 'Other frameworks' }).getByRole('link', { name })).toBeVisible();

  await page.goto('/admin/frameworks');
  await page.getByRole('link', { name, exact: true }).click();
  await field(page, 'Slug').fill(`${slug}-renamed`);
  await saveAs(page, 3, 'Update');
  const moved = await request.get(`/frameworks/${slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(new RegExp(`/frameworks/${slug}-renamed$`));
  await page.goto(`/frameworks/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/frameworks/${slug}-renamed$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('a draft ranked by a public post: the post shows its section with no link and leaves it out of its JSON-LD; the ranking page warns', async ({ page }) => {
  const tag = randomBytes(3).toString('hex');
  const [slug, draftSlug, draftName] = [`top-2-e2e-${tag}`, `draft-${tag}`, `Draftwork ${tag}`];
  await withDatabase(
    (sql) => sql`insert into frameworks (slug, status, name, language, first_released, creator, architecture, overview)
      values (${draftSlug}, 'draft', ${draftName}, 'Zig', 2024, 'A test', 'Middleware', 'Not public yet.')`,
  );
  await insertRankingPost(slug, `Top 2 frameworks ${tag}`, ['flask', draftSlug]);

  await page.goto(`/blog/${slug}`);
  await expect(page.locator('section.framework-section h2')).toHaveText(['Framework #1: Flask', `Framework #2: ${draftName}`]);
  await expect(page.getByRole('link', { name: 'More about Flask →' })).toBeVisible();
  await expect(page.getByRole('link', { name: `More about ${draftName}` })).toHaveCount(0);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.join('\n')).toContain('/frameworks/flask');
  expect(jsonLd.join('\n')).not.toContain(draftSlug);

  await signInAsEditor(page, `/admin/frameworks/ranking?post=${slug}`);
  await expect(page.getByRole('list', { name: 'Ranked frameworks' }).getByRole('listitem').last()).toContainText(`#2 ${draftName} (draft)`);
  await expect(page.getByText(`${draftName} is a draft: the post shows its section without a link`)).toBeVisible();
});
