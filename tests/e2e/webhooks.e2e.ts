import { expect, test } from '@playwright/test';
import { verifySignature } from '../../lib/outbox/signature';
import { seriousViolations } from './support/accessibility';
import { createUser, signIn } from './support/accounts';
import { unique } from './support/post-edits';
import { startReceiver } from '../support/webhook-receiver';

test('an admin adds a webhook endpoint, sees its secret once, publishes a post and sees the signed delivery', async ({ page }) => {
  test.slow();
  // The receiver, on loopback (the e2e server runs with WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true).
  const receiver = await startReceiver(() => 204);
  const { received } = receiver;
  const url = `${receiver.url}/${unique()}`;

  try {
    const admin = await createUser('admin');
    await page.goto('/login?callbackUrl=/admin/webhooks');
    await signIn(page, admin.email, admin.password);
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Webhooks' }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);

    // A URL that is not http(s) is refused on its field, and what was typed stays.
    await page.getByLabel('URL').fill('ftp://example.com/hook');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page.getByText('The URL must start with http:// or https://.')).toBeVisible();
    await expect(page.getByLabel('URL')).toHaveValue('ftp://example.com/hook');

    await page.getByLabel('URL').fill(url);
    for (const type of ['post.updated', 'post.unpublished', 'post.deleted', 'comment.approved', 'framework.updated']) await page.getByLabel(type).uncheck();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByRole('row', { name: new RegExp(url) })).toContainText('post.published');
    expect(await seriousViolations(page)).toEqual([]);

    // Shown once: a fresh load of the page has the endpoint but not its secret.
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(url) })).toBeVisible();
    await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);

    const title = `Announced ${unique()}`;
    await page.goto('/admin/posts/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Category').selectOption({ label: 'Design' });
    await page.getByLabel('Body (Markdown)').fill('Sent to the receiver.');
    await page.getByRole('radio', { name: /^Published/ }).check();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/);

    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
    const [delivery] = received;
    expect(verifySignature(secret, delivery!.body, String(delivery!.headers['musings-signature']))).toBe(true);
    expect(JSON.parse(delivery!.body)).toMatchObject({ type: 'post.published', data: { title } });

    await page.goto('/admin/webhooks');
    const row = page.getByTestId('webhook-delivery').filter({ hasText: url });
    await expect(row).toContainText('Delivered');
    await expect(row).toContainText('204');
    await expect(row).toContainText(String(delivery!.headers['musings-event-id']));

    await row.getByRole('button', { name: /^Redeliver/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'queued to be sent again' })).toBeVisible();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
    expect(received[1]!.headers['musings-event-id']).toBe(delivery!.headers['musings-event-id']);
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await receiver.close();
  }
});

test('the webhooks page is the admins’ only', async ({ browser }) => {
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  const editor = await createUser('editor');
  await editorPage.goto('/login');
  await signIn(editorPage, editor.email, editor.password);
  await expect(editorPage.getByText('Signed in as')).toBeVisible({ timeout: 30_000 });
  await expect(editorPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  expect((await editorPage.goto('/admin/webhooks'))?.status()).toBe(403);
  await editorContext.close();
});
