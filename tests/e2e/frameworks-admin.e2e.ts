import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';

const TOP_TEN = '/blog/top-10-backend-frameworks-2024';

async function signInAsEditor(page: Page, callbackUrl: string) {
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[?]/g, '\\?')}$`));
  return editor;
}

async function frameworkId(slug: string): Promise<number> {
  const [row] = await withDatabase((sql) => sql<Array<{ id: number }>>`select id from frameworks where slug = ${slug}`);
  return row!.id;
}

test("an editor edits Django's pros, and its page and the Top 10 post show it on the next load", async ({ page }) => {
  const pro = `Ships with an admin ${randomBytes(3).toString('hex')}`;
  // Both reader pages are cached before the edit, so seeing the change proves invalidation.
  for (const path of ['/frameworks/django', TOP_TEN]) {
    await page.goto(path);
    await expect(page.getByText(pro)).toHaveCount(0);
  }

  await signInAsEditor(page, '/admin/frameworks');
  await page.getByRole('link', { name: 'Django', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit Django' })).toBeVisible();
  const pros = page.getByRole('group', { name: 'Pros' });
  const before = await pros.getByRole('textbox').count();
  await pros.getByRole('button', { name: 'Add an item to Pros' }).click();
  const added = pros.getByRole('textbox', { name: `Pros item ${before + 1}` });
  await expect(added).toBeFocused();
  await added.fill(pro);
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText(/^Version 2,/)).toBeVisible();

  await page.goto('/frameworks/django');
  await expect(page.getByRole('heading', { name: 'Pros', level: 2 }).locator('xpath=..').getByRole('listitem').last()).toHaveText(pro);
  await page.goto(TOP_TEN);
  const django = page.getByRole('region', { name: 'Framework #2: Django' });
  await expect(django.getByRole('listitem').filter({ hasText: pro })).toBeVisible();
});

test('reordering a ranking shows the new order on the Top N post', async ({ page }) => {
  const slug = `top-3-e2e-${randomBytes(3).toString('hex')}`;
  await withDatabase(async (sql) => {
    const [post] = await sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      values (${slug}, ${`Top 3 frameworks ${slug}`}, 'Three picks.', 'Our three picks.', 'published', '2015-06-01T12:00:00Z',
        (select id from users order by id limit 1), (select id from categories where slug = 'web-development'))
      returning id`;
    await sql`insert into post_frameworks (post_id, framework_id, position)
      select ${post!.id}, id, case slug when 'flask' then 1 when 'koa' then 2 else 3 end from frameworks where slug in ('flask', 'koa', 'phoenix')`;
  });
  const sections = page.locator('section.framework-section h2');
  await page.goto(`/blog/${slug}`);
  await expect(sections).toHaveText(['Framework #1: Flask', 'Framework #2: Koa.js', 'Framework #3: Phoenix']);

  await signInAsEditor(page, `/admin/frameworks/ranking?post=${slug}`);
  const ranked = page.getByRole('list', { name: 'Ranked frameworks' }).getByRole('listitem');
  await expect(ranked).toHaveText([/#1 Flask/, /#2 Koa\.js/, /#3 Phoenix/]);
  await page.getByRole('button', { name: 'Move down Flask' }).click();
  await expect(ranked).toHaveText([/#1 Koa\.js/, /#2 Flask/, /#3 Phoenix/]);
  await page.getByRole('button', { name: 'Remove Phoenix from the ranking' }).click();
  await expect(ranked).toHaveCount(2);
  await page.getByLabel('Add a framework at the end').selectOption({ label: 'Django' });
  await page.getByRole('button', { name: 'Add to the ranking' }).click();
  await expect(ranked).toHaveText([/#1 Koa\.js/, /#2 Flask/, /#3 Django/]);

  await page.goto(`/blog/${slug}`);
  await expect(sections).toHaveText(['Framework #1: Koa.js', 'Framework #2: Flask', 'Framework #3: Django']);
  await expect(page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link')).toHaveText(['Koa.js', 'Flask', 'Django']);
});

test('an editor restores an earlier revision from the history page', async ({ page }) => {
  const id = await frameworkId('express');
  await page.goto('/frameworks/express');
  const facts = page.locator('dl.facts');
  const original = (await facts.locator('div').filter({ hasText: 'Created by' }).locator('dd').textContent())!.trim();
  const changed = `The e2e team ${randomBytes(3).toString('hex')}`;

  await signInAsEditor(page, `/admin/frameworks/${id}`);
  await page.getByLabel('Creator').fill(changed);
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto('/frameworks/express');
  await expect(facts).toContainText(changed);

  await page.goto(`/admin/frameworks/${id}/history`);
  await expect(page.getByRole('heading', { name: 'Changes from version 1 to version 2' })).toBeVisible();
  const creator = page.getByRole('region', { name: 'Creator' });
  await expect(creator.locator('del')).toHaveText(`[removed: ${original}]`);
  await expect(creator.locator('ins')).toHaveText(`[added: ${changed}]`);
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 was restored as version 3.' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Version 3/ })).toContainText('current');

  await page.goto('/frameworks/express');
  await expect(facts).toContainText(original);
  await expect(facts).not.toContainText(changed);
});

test('two editors save the same framework: the second is refused, sees the first change, and keeps their text', async ({ page, browser }) => {
  const id = await frameworkId('nestjs');
  const theirs = `Large teams ${randomBytes(3).toString('hex')}`;
  const mine = `My rewrite of the overview ${randomBytes(3).toString('hex')}.`;
  await signInAsEditor(page, `/admin/frameworks/${id}`);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsEditor(other, `/admin/frameworks/${id}`);

  await other.getByRole('textbox', { name: /^Best for/ }).fill(theirs);
  await other.getByRole('button', { name: 'Save framework' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Overview' }).fill(mine);
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: Test editor saved this framework (version 2' })).toBeVisible();
  const conflict = page.getByRole('region', { name: 'Someone else saved this framework' });
  await expect(conflict.getByRole('region', { name: 'Best for' }).locator('ins')).toHaveText(`[added: ${theirs}]`);
  await expect(page.getByRole('textbox', { name: 'Overview' })).toHaveValue(mine);
  await expect(page.getByRole('textbox', { name: /^Best for/ })).not.toHaveValue(theirs);

  // Saving again, having seen their change, replaces it deliberately.
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText(/^Version 3,/)).toBeVisible();
  await otherContext.close();
});
