import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn } from './support/accounts';
import { appCode } from './support/totp';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

test('two-factor sign-in: set up with a QR code, then sign in with a recovery code once and with the app', async ({ page }) => {
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account')}`);
  await signIn(page, editor.email, editor.password);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();

  // The QR code is drawn by the server into the page: no image from elsewhere.
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' }).locator('svg')).toBeVisible();
  const secret = (await page.locator('.two-factor-key').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('Code from the app').fill('000000' === appCode(secret) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByText('That code does not match.')).toBeVisible();
  await page.getByLabel('Code from the app').fill(appCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allInnerTexts();
  await expect(page.getByRole('status').filter({ hasText: 'Two-factor sign-in is on.' })).toBeVisible();
  // Shown once: a reload still shows them (five minutes at most), "I have saved them" ends that.
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' })).toHaveCount(0);
  await expect(page.getByText('Two-factor sign-in is on. You have')).toBeVisible();
  await expect(page.getByText('10 unused recovery codes', { exact: false })).toBeVisible();

  // The password alone no longer signs in: the code step follows it.
  await signOut(page);
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/posts')}`);
  await signIn(page, editor.email, editor.password);
  await expect(page.getByText(`Signing in as ${editor.email}`)).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/account\?recovery-code=used/);
  await expect(page.getByText('You signed in with a recovery code, which now no longer works. 9 are left')).toBeVisible();

  // The same recovery code does not work twice.
  await signOut(page);
  await signIn(page, editor.email, editor.password);
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.getByText('That code is wrong or was used already.')).toBeVisible();
  // The app's code does; the step after the one that turned it on, so it is surely unused.
  await page.getByLabel('Code', { exact: true }).fill(appCode(secret, 1));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
});

test('without JavaScript, the code step works the same and keeps the page asked for', async ({ browser }) => {
  const author = await createUser('author');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Set up with JavaScript off too: plain forms.
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account')}`);
  await signIn(page, author.email, author.password);
  await expect(page).toHaveURL(/\/admin\/account/);
  await page.goto('/admin/account');
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.locator('.two-factor-key').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(appCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);

  await context.clearCookies();
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account?from=no-js')}`);
  await signIn(page, author.email, author.password);
  await page.getByLabel('Code', { exact: true }).fill(appCode(secret, 1));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/account\?from=no-js/);
  await context.close();
});

test('Auth.js’s own sign-in endpoint opens no session with a password alone', async ({ page, request }) => {
  const admin = await createUser('admin');
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await request.post('/api/auth/callback/credentials', { form: { email: admin.email, password: admin.password, csrfToken, callbackUrl: '/admin' }, maxRedirects: 0 });
  const session = (await (await request.get('/api/auth/session')).json()) as unknown;
  expect(session).toBeNull();
  await page.context().addCookies((await request.storageState()).cookies);
  const response = await page.goto('/admin/users');
  expect(page.url()).toMatch(/\/login/);
  expect(response?.status()).toBeLessThan(400);
});

test('where you are signed in: each browser is listed, and “Sign out everywhere else” ends the others', async ({ page, browser }) => {
  const author = await createUser('author');
  const elsewhere = await browser.newContext({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1' });
  const phone = await elsewhere.newPage();
  for (const each of [phone, page]) {
    await each.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account')}`);
    await signIn(each, author.email, author.password);
    await expect(each.getByRole('heading', { name: 'Where you are signed in' })).toBeVisible();
  }
  const rows = page.getByRole('table', { name: 'Your open sessions, the most recently active first' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: '(this browser)' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Safari on iOS' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(page.getByText('Signed out there.')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await phone.reload();
  await expect(phone).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Faccount/);
  await elsewhere.close();
});
