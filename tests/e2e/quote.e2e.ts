import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';

async function storedQuote(email: string) {
  const [row] = await withDatabase((sql) => sql<{ name: string; company: string; message: string }[]>`select name, company, message from quote_requests where email = ${email}`);
  return row ?? null;
}

test('the quote form shows field errors, keeps the text, then stores the request', async ({ page }) => {
  const email = `visitor-${Date.now()}@example.com`;
  await page.goto('/');
  await page.getByRole('link', { name: 'Request a Quote' }).first().click();
  await expect(page).toHaveURL(/\/quote$/);

  await page.getByLabel('Name').fill('  ');
  await page.getByLabel('E-mail').fill('not-an-address');
  await page.getByLabel('Company').fill('Acme Ltd');
  await page.getByLabel('What can we help you with?').fill('Too short');
  await page.getByRole('button', { name: 'Send request' }).click();

  await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Name is required.');
  await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription('E-mail must be a valid e-mail address, like name@example.com.');
  await expect(page.getByLabel('What can we help you with?')).toHaveAccessibleDescription(/must be at least 10 characters/);
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  // Nothing typed is lost.
  await expect(page.getByLabel('Company')).toHaveValue('Acme Ltd');
  await expect(page.getByLabel('What can we help you with?')).toHaveValue('Too short');

  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('What can we help you with?').fill('We need a new site with a blog, ready by spring.');
  await page.getByRole('button', { name: 'Send request' }).click();

  await expect(page.getByRole('status')).toContainText(`Thank you, Ada Lovelace! We will reply to ${email}`);
  expect(await storedQuote(email)).toEqual({ name: 'Ada Lovelace', company: 'Acme Ltd', message: 'We need a new site with a blog, ready by spring.' });
});
