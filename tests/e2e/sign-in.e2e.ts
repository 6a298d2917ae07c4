import { expect, test } from '@playwright/test';
import { createUser, signIn, signInRefused } from './support/accounts';

test('the admin sends visitors without a session to the sign-in page', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('with no session, every admin address answers 307 to sign-in before any page is sent', async ({ request }) => {
  for (const path of ['/admin', '/admin/posts', '/admin/frameworks', '/admin/users', '/admin/comments', '/admin/posts?status=draft']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()['location'], path).toBe(`/login?${new URLSearchParams({ callbackUrl: path })}`);
    expect(response.headers()['cache-control'], path).toBe('no-store');
    expect(await response.text(), path).not.toContain('Loading');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-in brings an editor back to the admin page they asked for', async ({ page }) => {
    const editor = await createUser('editor');
    await page.goto('/admin/comments');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcomments$/);
    await signIn(page, editor.email, editor.password);
    await expect(page).toHaveURL(/\/admin\/comments$/);
  });

  test('the admin’s pages arrive whole: the lists read, and a stale session is a real redirect', async ({ page, browser }) => {
    const editor = await createUser('editor');
    await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/posts?q=Top 10 Backend')}`);
    await signIn(page, editor.email, editor.password);
    await expect(page.getByRole('heading', { name: 'Posts', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Top 10 Backend Frameworks for Web Development in 2024' })).toBeVisible();
    await expect(page.getByText('The admin needs JavaScript')).toHaveCount(0);
    for (const [path, heading] of [['/admin/frameworks', 'Frameworks'], ['/admin/tags', 'Tags'], ['/admin/comments', 'Comments']] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading, level: 1 }), path).toBeVisible();
    }
    // The same cookie after its session was ended elsewhere: 307 to sign in, before any page.
    const cookies = await page.context().cookies();
    await page.goto('/admin/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    const stale = await browser.newContext();
    await stale.addCookies(cookies);
    const response = await stale.request.get('/admin/posts', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toBe('/login?callbackUrl=%2Fadmin%2Fposts');
    await stale.close();
  });
});

test('an editor signs in, sees the dashboard, and signs out', async ({ page }) => {
  const editor = await createUser('editor');
  await page.goto('/login');
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: `Welcome, ${editor.name}` })).toBeVisible();
  await expect(page.locator('.dashboard-tiles')).toContainText('Published posts');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password and an unknown e-mail get the same message, and the typed e-mail stays', async ({ page }) => {
  const author = await createUser('author');
  await page.goto('/login');
  await signInRefused(page, author.email, 'not the password', 'Wrong e-mail or password.');
  await expect(page.getByLabel('E-mail')).toHaveValue(author.email);
  await signInRefused(page, 'nobody-here@example.com', 'whatever', 'Wrong e-mail or password.');
});

test('rapid attempts past the limit are refused with a clear message', async ({ page }) => {
  const author = await createUser('author');
  await page.goto('/login');
  for (let i = 0; i < 5; i += 1) await signInRefused(page, author.email, `wrong-${i}`, 'Wrong e-mail or password.');
  // The right password, too late: the account is locked for the window.
  await signInRefused(page, author.email, author.password, 'Too many failed sign-in attempts. Please wait 15 minutes before trying again.');
  await expect(page).toHaveURL(/\/login/);
});

test('a callback URL to another site is ignored', async ({ page }) => {
  const admin = await createUser('admin');
  await page.goto('/login?callbackUrl=https://evil.example/steal');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
});

test('a forged middleware sub-request header gets no further', async ({ request }) => {
  const response = await request.get('/admin', { headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
});
