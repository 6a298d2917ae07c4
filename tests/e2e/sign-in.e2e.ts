import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../../lib/auth/password';

async function createUser(role: 'admin' | 'editor' | 'author') {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.com`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into users (email, name, role, password_hash) values (${email}, ${`Test ${role}`}, ${role}, ${await hashPassword(password)})`;
  } finally {
    await sql.end();
  }
  return { email, password, name: `Test ${role}` };
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** After a refused attempt: React resets the password field once the action settles; wait for that before typing again. */
async function signInRefused(page: Page, email: string, password: string, message: string) {
  await signIn(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.getByLabel('Password')).toHaveValue('');
}

test('the admin sends visitors without a session to the sign-in page', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
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
