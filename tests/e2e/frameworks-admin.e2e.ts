import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';
import { saveAs, saveState } from './support/editor';
import { insertRankingPost } from './support/rankings';

const TOP_TEN = '/blog/top-10-backend-frameworks-2024';

async function signInAsEditor(page: Page, callbackUrl: string) {
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[?]/g, '\\?')}$`));
  return editor;
}

async function frameworkOverview(slug: string): Promise<string> {
  const [row] = await withDatabase((sql) => sql<Array<{ overview: string }>>`select overview from frameworks where slug = ${slug}`);
  return row!.overview;
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
  const first = await pros.getByRole('textbox', { name: 'Pros item 1' }).inputValue();
  // Moving an item is an unsaved change: leaving asks first. (Moved back below, so the order is kept.)
  await pros.getByRole('button', { name: 'Move Pros item 1 down' }).click();
  await expect(pros.getByRole('textbox', { name: 'Pros item 2' })).toHaveValue(first);
  await expect(pros.getByRole('button', { name: 'Move Pros item 2 down' })).toBeFocused();
  let warning = '';
  page.once('dialog', (dialog) => {
    warning = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: '← All frameworks' }).click();
  await expect.poll(() => warning).toContain('unsaved changes');
  await expect(page.getByRole('heading', { name: 'Edit Django' })).toBeVisible();
  await pros.getByRole('button', { name: 'Move Pros item 2 up' }).click();
  await expect(pros.getByRole('textbox', { name: 'Pros item 1' })).toHaveValue(first);

  const before = await pros.getByRole('textbox').count();
  await pros.getByRole('button', { name: 'Add an item to Pros' }).click();
  const added = pros.getByRole('textbox', { name: `Pros item ${before + 1}` });
  await expect(added).toBeFocused();
  await added.fill(pro);
  await saveAs(page, 2, 'Update');
  await expect(page.getByText(/^Version 2,/)).toBeVisible();

  await page.goto('/frameworks/django');
  await expect(page.getByRole('heading', { name: 'Pros', level: 2 }).locator('xpath=..').getByRole('listitem').last()).toHaveText(pro);
  await page.goto(TOP_TEN);
  const django = page.getByRole('region', { name: 'Framework #2: Django' });
  await expect(django.getByRole('listitem').filter({ hasText: pro })).toBeVisible();
});

test('reordering a ranking shows the new order on the Top N post', async ({ page }) => {
  const slug = `top-3-e2e-${randomBytes(3).toString('hex')}`;
  await insertRankingPost(slug, `Top 3 frameworks ${slug}`, ['flask', 'koa', 'phoenix']);
  const sections = page.locator('section.framework-section h2');
  await page.goto(`/blog/${slug}`);
  await expect(sections).toHaveText(['Framework #1: Flask', 'Framework #2: Koa.js', 'Framework #3: Phoenix']);

  await signInAsEditor(page, `/admin/frameworks/ranking?post=${slug}`);
  const ranked = page.getByRole('list', { name: 'Ranked frameworks' }).getByRole('listitem');
  await expect(ranked).toHaveText([/#1 Flask/, /#2 Koa\.js/, /#3 Phoenix/]);
  await page.getByRole('button', { name: 'Move down Flask' }).click();
  await expect(ranked).toHaveText([/#1 Koa\.js/, /#2 Flask/, /#3 Phoenix/]);
  // A "Top 3" holding three: no warning. Removing asks first, and the question says what it means.
  await expect(page.getByText(/The title promises/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Remove… Phoenix from the ranking' }).click();
  const question = page.getByRole('region', { name: 'Remove Phoenix from the ranking?' });
  await expect(question).toContainText('the post then ranks 2 frameworks, not the 3 its title promises');
  await question.getByRole('link', { name: 'Cancel' }).click();
  await expect(ranked).toHaveCount(3);
  await page.getByRole('link', { name: 'Remove… Phoenix from the ranking' }).click();
  await page.getByRole('button', { name: 'Remove Phoenix' }).click();
  await expect(ranked).toHaveCount(2);
  await expect(page.getByText('The title promises 3 frameworks (“Top 3”), and the ranking holds 2.')).toBeVisible();
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
  // Appended, not replaced: other tests read the article's words on the reader pages meanwhile.
  const suffix = `and the e2e team ${randomBytes(3).toString('hex')}`;
  const changed = `${original} ${suffix}`;

  await signInAsEditor(page, `/admin/frameworks/${id}`);
  await page.getByLabel('Creator').fill(changed);
  await saveAs(page, 2);
  await page.goto('/frameworks/express');
  await expect(facts).toContainText(changed);

  await page.goto(`/admin/frameworks/${id}/history`);
  await expect(page.getByRole('heading', { name: 'Changes from version 1 to version 2' })).toBeVisible();
  const creator = page.getByRole('region', { name: 'Creator' });
  await expect(creator.locator('del')).toHaveCount(0);
  await expect(creator.locator('ins')).toHaveText(`[added: ${suffix}]`);
  await page.getByRole('link', { name: 'Review restoring version 1' }).click();
  const review = page.getByRole('region', { name: 'Restore version 1?' });
  await expect(review.getByRole('region', { name: 'Creator' }).locator('del')).toHaveText(`[removed: ${suffix}]`);
  await review.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored as version 3.' })).toBeVisible();
  await expect(page.getByText(/^Version 3,/)).toBeVisible();

  await page.goto('/frameworks/express');
  await expect(facts).toContainText(original);
  await expect(facts).not.toContainText(suffix);
});

test('two editors change different fields of one framework: both keep their work, with no conflict screen', async ({ page, browser }) => {
  const id = await frameworkId('nestjs');
  const theirs = `Large teams ${randomBytes(3).toString('hex')}`;
  // Added to the overview, not replacing it: other tests read the article's words on the Top 10 post meanwhile.
  const mine = `${(await frameworkOverview('nestjs')).trim()} My addition ${randomBytes(3).toString('hex')}.`;
  await signInAsEditor(page, `/admin/frameworks/${id}`);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsEditor(other, `/admin/frameworks/${id}`);

  // Appended too: the Top 10 post shows "Best for", and its word check may run meanwhile.
  const bestFor = other.getByRole('textbox', { name: /^Best for/ });
  const theirBestFor = `${await bestFor.inputValue()} ${theirs}`;
  await bestFor.fill(theirBestFor);
  await saveAs(other, 2);

  await page.getByRole('textbox', { name: 'Overview' }).fill(mine);
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved as version 3. Someone else had saved version 2 meanwhile; their changes and yours are both in it.');
  await expect(page.getByRole('region', { name: 'Someone else saved this framework' })).toHaveCount(0);
  const [row] = await withDatabase((sql) => sql<Array<{ overview: string; best_for: string }>>`select overview, best_for from frameworks where id = ${id}`);
  expect(row).toEqual({ overview: mine, best_for: theirBestFor });
  await otherContext.close();
});

test('two editors change the same field: the second is refused, sees the first change, and keeps their text', async ({ page, browser }) => {
  const id = await frameworkId('phoenix');
  const theirs = `Their idea ${randomBytes(3).toString('hex')}`;
  const mine = `My idea ${randomBytes(3).toString('hex')}`;
  await signInAsEditor(page, `/admin/frameworks/${id}`);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsEditor(other, `/admin/frameworks/${id}`);

  const bestFor = (at: Page) => at.getByRole('textbox', { name: /^Best for/ });
  const start = await bestFor(other).inputValue();
  await bestFor(other).fill(`${start} ${theirs}`);
  await saveAs(other, 2);

  await bestFor(page).fill(`${start} ${mine}`);
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: Test editor saved this framework (version 2' })).toBeVisible();
  const conflict = page.getByRole('region', { name: 'Someone else saved this framework' });
  await expect(conflict.getByRole('region', { name: 'Best for' }).locator('ins')).toContainText(theirs);
  await expect(bestFor(page)).toHaveValue(`${start} ${mine}`);
  await expect(saveState(page)).toHaveText('Unsaved changes.');

  // Saving again, having seen their change, replaces it deliberately.
  await saveAs(page, 3);
  await expect(page.getByText(/^Version 3,/)).toBeVisible();
  await otherContext.close();
});

test('an author cannot reach the framework admin', async ({ page }) => {
  const author = await createUser('author');
  await page.goto('/login');
  await signIn(page, author.email, author.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Frameworks' })).toHaveCount(0);
  for (const path of ['/admin/frameworks', '/admin/frameworks/ranking', `/admin/frameworks/${await frameworkId('koa')}`]) {
    // A real 403, before any byte of the page: monitors and scanners read the status, not the text.
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  }
});

/** Whether every word of a list item's field shows: no text scrolled away, across or down. */
const showsWholeText = (field: Locator) =>
  field.evaluate((element) => element.scrollWidth <= element.clientWidth + 1 && element.scrollHeight <= element.clientHeight + 1);

test('a long list item shows every word in its field, typed or loaded, with JavaScript or without', async ({ page, browser }) => {
  const id = await frameworkId('spring-boot');
  await signInAsEditor(page, `/admin/frameworks/${id}`);
  const first = page.getByRole('group', { name: 'Key features' }).getByRole('textbox', { name: 'Key features item 1' });
  const long = `Auto-configuration that wires a data source, a web server and security from the starters on the classpath, ${'so that a new service answers its first request with no configuration file at all, '.repeat(3)}as typed.`;
  await first.fill(long);
  await expect(first).toHaveValue(long);
  expect(await showsWholeText(first)).toBe(true);

  // Without JavaScript the fields come from the server, sized by their text too.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(`/admin/frameworks/${id}`);
  const items = plain.locator('.ordered-list textarea');
  expect(await items.count()).toBeGreaterThan(3);
  for (const item of await items.all()) expect(await showsWholeText(item), await item.inputValue()).toBe(true);
  await context.close();
});

const ADMIN_PAGES: Array<[string, () => Promise<string>]> = [
  ['the framework list', async () => '/admin/frameworks'],
  ['the editor', async () => `/admin/frameworks/${await frameworkId('koa')}`],
  ['the history', async () => `/admin/frameworks/${await frameworkId('koa')}/history`],
  ['the ranking', async () => '/admin/frameworks/ranking'],
  ['a new framework', async () => '/admin/frameworks/new'],
];

for (const [name, path] of ADMIN_PAGES) {
  test(`${name} loads with no console error and no serious accessibility violation, light and dark`, async ({ page }) => {
    const url = await path();
    await signInAsEditor(page, url);
    const problems: string[] = [];
    // Script and React errors (hydration mismatches, bad props). Failed resource loads are left
    // out: the admin menu links to sections built elsewhere, whose prefetches can 404 here.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('load');
      expect(problems).toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${scheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}
