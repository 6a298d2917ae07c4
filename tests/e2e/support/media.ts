import { expect, type Page } from '@playwright/test';
import { createUser, signIn } from './accounts';

export async function signInAs(page: Page, role: 'admin' | 'editor' | 'author', callbackUrl = '/admin/media') {
  const user = await createUser(role);
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL((url) => url.pathname === callbackUrl);
  return user;
}

/** Uploads through the library's plain form (a native multipart POST, no script involved). */
export async function uploadThroughForm(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.goto('/admin/media');
  await page.getByLabel('Image to upload').setInputFiles({ name, mimeType, buffer });
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/media') && response.request().method() === 'POST', { timeout: 60_000 });
  const sent = Date.now();
  await page.getByRole('button', { name: 'Upload image' }).click();
  const response = await answer;
  return Object.assign(response, { elapsedMs: Date.now() - sent });
}

/** Opens an uploaded image's page from the library and gives it alt text; returns its Markdown. */
export async function describeImage(page: Page, fileName: string, altText: string): Promise<string> {
  await page.goto(`/admin/media?q=${encodeURIComponent(fileName)}`);
  await page.getByRole('link', { name: fileName, exact: true }).click();
  await page.getByRole('textbox', { name: /^Alt text/ }).fill(altText);
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  return page.getByLabel('Markdown', { exact: true }).inputValue();
}
