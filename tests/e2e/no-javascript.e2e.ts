import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('the whole site reads without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Top 10 Backend Frameworks for Web Development in 2024' }).first().click();
  await expect(page.getByRole('heading', { name: 'Framework #10: Koa.js' })).toBeVisible();
  await page.getByRole('link', { name: 'More about Django' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Django');
  await page.getByRole('link', { name: /Next: Spring Boot/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring Boot');
  await page.getByRole('link', { name: 'Framework comparison' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('complementary').getByRole('link', { name: 'News and Events', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News and Events');
  await page.getByRole('searchbox', { name: 'Search the blog' }).fill('LiveView');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.locator('.search-hits').getByRole('link', { name: 'Phoenix' })).toBeVisible();
});

test('the quote form works without JavaScript, errors and all', async ({ page }) => {
  await page.goto('/quote');
  await page.getByLabel('Name').fill('No Script');
  await page.getByLabel('E-mail').fill('broken');
  await page.getByLabel('What can we help you with?').fill('A message long enough to pass.');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('E-mail must be a valid e-mail address, like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('What can we help you with?')).toHaveValue('A message long enough to pass.');
  await page.getByLabel('E-mail').fill('noscript@example.com');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('Thank you, No Script!')).toBeVisible();
});
