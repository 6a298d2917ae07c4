import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../../../lib/auth/password';

/** Runs SQL on the database of the server under test (scripts/e2e.ts sets DATABASE_URL). */
export async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

export async function createUser(role: 'admin' | 'editor' | 'author') {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.com`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const passwordHash = await hashPassword(password);
  // Raw SQL skips lib/data's slug picking, so the slug comes from the unique e-mail.
  const slug = email.split('@')[0]!;
  await withDatabase((sql) => sql`insert into users (email, name, slug, role, password_hash) values (${email}, ${`Test ${role}`}, ${slug}, ${role}, ${passwordHash})`);
  return { email, password, name: `Test ${role}` };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** After a refused attempt: React resets the password field once the action settles; wait for that before typing again. */
export async function signInRefused(page: Page, email: string, password: string, message: string) {
  await signIn(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.getByLabel('Password')).toHaveValue('');
}
