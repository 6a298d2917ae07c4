import { expect, test } from '@playwright/test';
import { createUser, signIn } from './support/accounts';

test('changing one’s password keeps this session and signs out every other', async ({ page, browser }) => {
  const author = await createUser('author');
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  for (const each of [page, otherPage]) {
    await each.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account')}`);
    await signIn(each, author.email, author.password);
    await expect(each.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  }

  await page.getByLabel('Current password').fill('not the password');
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('New password again').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Current password is wrong.')).toBeVisible();

  await page.getByLabel('Current password').fill(author.password);
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('New password again').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password is changed.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  await signIn(otherPage, author.email, 'a brand new passphrase');
  await expect(otherPage).toHaveURL(/\/admin/);
  await expect(otherPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Your profile' })).toBeVisible();
  await elsewhere.close();
});
