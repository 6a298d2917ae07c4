import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';

test('an editor works through the quote requests: open, handled, reopened', async ({ page }) => {
  const name = `Requester ${randomBytes(3).toString('hex')}`;
  await withDatabase((sql) => sql`insert into quote_requests (name, email, company, message) values (${name}, 'req@example.com', 'Acme', ${'Line one\nLine two'})`);
  const editor = await createUser('editor');
  await page.goto('/login?callbackUrl=/admin/quotes');
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/admin\/quotes$/);

  const card = page.getByRole('article', { name: new RegExp(name) });
  await expect(card).toContainText('Line one\nLine two');
  await card.getByRole('button', { name: `Mark handled the request from ${name}` }).click();
  await expect(page.getByRole('article', { name: new RegExp(name) })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Filter quote requests' }).getByRole('link', { name: 'Handled' }).click();
  const handled = page.getByRole('article', { name: new RegExp(name) });
  await expect(handled).toContainText('handled');
  await handled.getByRole('button', { name: `Reopen the request from ${name}` }).click();
  await expect(page.getByRole('article', { name: new RegExp(name) })).toHaveCount(0);
});

test('an author cannot see the quote requests', async ({ page }) => {
  const author = await createUser('author');
  await page.goto('/login');
  await signIn(page, author.email, author.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Quote requests' })).toHaveCount(0);
  // The admin streams behind its session check, so the refusal is a page, not a status (decision 004).
  await page.goto('/admin/quotes');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quote requests' })).toHaveCount(0);
});
