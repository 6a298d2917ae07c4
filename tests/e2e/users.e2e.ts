import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/accessibility';
import { createUser, signIn } from './support/accounts';

test('an admin creates an author, who cannot manage users, then disables them; the audit log shows it all', async ({ page, browser }) => {
  // Two browsers and three sign-ins: 15 s alone, 47 s under the whole suite on two cores.
  test.slow();
  const admin = await createUser('admin');
  const author = { name: `Author ${randomBytes(3).toString('hex')}`, email: `author-${randomBytes(4).toString('hex')}@example.com`, password: `pw-${randomBytes(9).toString('base64url')}` };

  await page.goto('/login?callbackUrl=/admin/users');
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await page.getByRole('link', { name: 'New user' }).click();

  // A taken e-mail is a message on that field, and what was typed stays (but not the password).
  await page.getByLabel('Name').fill(author.name);
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByLabel('Role').selectOption('author');
  await page.getByLabel('Password').fill(author.password);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`${admin.email} already has an account.`)).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(author.name);
  await expect(page.getByLabel('Role')).toHaveValue('author');
  await expect(page.getByLabel('Password')).toHaveValue('');

  await page.getByLabel('E-mail').fill(author.email);
  await page.getByLabel('Password').fill(author.password);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?created=1$/);
  await expect(page.getByRole('heading', { name: author.name })).toBeVisible();
  const userPage = page.url();

  // The author, in a browser of their own.
  const authorContext = await browser.newContext();
  const authorPage = await authorContext.newPage();
  await authorPage.goto('/login');
  await signIn(authorPage, author.email, author.password);
  await expect(authorPage).toHaveURL(/\/admin$/);
  await expect(authorPage.getByRole('heading', { name: `Welcome, ${author.name}` })).toBeVisible();
  await expect(authorPage.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  expect((await authorPage.goto('/admin/users'))?.status()).toBe(403);
  await expect(authorPage.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(authorPage.locator('table:visible')).toHaveCount(0);
  for (const path of ['/admin/users/new', userPage, '/admin/audit']) {
    expect((await authorPage.goto(path))?.status(), path).toBe(403);
    await expect(authorPage.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  }

  await page.goto(userPage);
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${author.name} is disabled` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enable account' })).toBeVisible();

  // The author's session cookie is still there; their next request is refused all the same.
  await authorPage.goto('/admin');
  await expect(authorPage).toHaveURL(/\/login/);
  await authorContext.close();

  await page.goto('/admin/audit');
  const rows = page.locator('table:visible tbody tr');
  const label = `${author.name} <${author.email}>`;
  await expect(rows.filter({ hasText: 'user.disable' }).filter({ hasText: label })).toContainText(admin.name);
  await expect(rows.filter({ hasText: 'user.create' }).filter({ hasText: label })).toContainText('role: author');
  await expect(rows.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

  // Filtered to the author, who did nothing.
  await page.getByLabel('Person').selectOption({ label: `${author.name} (${author.email})` });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/actor=\d+/);
  await expect(page.getByText('Nothing recorded here yet.')).toBeVisible();
});

test('an admin cannot demote or disable themselves, and changes a role and a password', async ({ page, browser }) => {
  test.slow();
  const admin = await createUser('admin');
  const editor = await createUser('editor');
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await editorPage.goto('/login');
  await signIn(editorPage, editor.email, editor.password);
  await expect(editorPage).toHaveURL(/\/admin$/);

  await page.goto('/login?callbackUrl=/admin/users');
  await signIn(page, admin.email, admin.password);
  await page
    .getByRole('row')
    .filter({ hasText: admin.email })
    .getByRole('link', { name: admin.name })
    .click();
  await expect(page.getByText('You cannot change your own role')).toBeVisible();
  await expect(page.getByText('You cannot disable your own account.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disable account' })).toHaveCount(0);

  await page.goto('/admin/users');
  await page.getByRole('row').filter({ hasText: editor.email }).getByRole('link').click();
  await page.getByLabel('New role').selectOption('author');
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is now an author.' })).toBeVisible();
  await expect(page.locator('.user-facts:visible')).toContainText('author');

  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Password must be at least 12 characters.')).toBeVisible();
  await page.getByLabel('New password').fill('a much longer password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has a new password' })).toBeVisible();

  // The reset ends the session the editor already had; the new password works.
  await editorPage.goto('/admin');
  await expect(editorPage).toHaveURL(/\/login/);
  await signIn(editorPage, editor.email, 'a much longer password');
  await expect(editorPage).toHaveURL(/\/admin$/);
  await expect(editorPage.getByRole('heading', { name: `Welcome, ${editor.name}` })).toBeVisible();
  await editorContext.close();

  await page.goto('/admin');
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText('user.password_reset');
});

test('the user and audit pages have no serious accessibility violations, errors shown included', async ({ page }) => {
  const admin = await createUser('admin');
  await page.goto('/login?callbackUrl=/admin/users');
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'New user' }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/admin/users');
  await page.getByRole('row').filter({ hasText: admin.email }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Reset the password' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
