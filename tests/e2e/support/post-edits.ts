import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../../../lib/auth/password';
import { signIn } from './accounts';

export const unique = () => randomBytes(3).toString('hex');

/** SQL on the database under test: the server's (DATABASE_URL) unless a test runs its own. */
async function withDatabase<T>(databaseUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** A published post by the seeded author, straight into the database. */
export async function insertPost(title: string, slug: string, databaseUrl = process.env.DATABASE_URL!): Promise<number> {
  const [row] = await withDatabase(
    databaseUrl,
    (sql) => sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', 'The body.', 'published', now() - interval '1 day',
        (select id from users order by id limit 1), (select id from categories where slug = 'design')
      returning id`,
  );
  return row!.id;
}

/** Signs a new editor in and opens the post's editor. */
export async function openEditor(page: Page, id: number, { origin = '', databaseUrl = process.env.DATABASE_URL! } = {}) {
  const email = `editor-${unique()}${unique()}@example.com`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const passwordHash = await hashPassword(password);
  await withDatabase(databaseUrl, (sql) => sql`insert into users (email, name, slug, role, password_hash) values (${email}, 'Test editor', ${email.split('@')[0]!}, 'editor', ${passwordHash})`);
  await page.goto(`${origin}/login?callbackUrl=${encodeURIComponent(`/admin/posts/${id}`)}`);
  await signIn(page, email, password);
  // Signed in once the admin shell shows; then load the editor as a page of its own, whatever
  // the sign-in's client-side redirect did meanwhile on a loaded machine.
  await expect(page.getByText('Signed in as')).toBeVisible({ timeout: 30_000 });
  if (new URL(page.url()).pathname !== `/admin/posts/${id}`) await page.goto(`${origin}/admin/posts/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Edit/ })).toBeVisible();
}

/**
 * Saves the open editor once through the page, as a person would, and returns a function
 * that saves a new title the same way the browser did: the same Server Action request
 * (action id, session cookie, origin), with the title and the expected version changed. Each
 * save goes through the app, so it takes the real invalidation path; it is just faster than
 * typing, which matters when a test saves fifty times.
 */
export async function captureTitleSave(page: Page, firstTitle: string) {
  // The save, not the live preview (which posts to its own action as the fields change).
  const posted = page.waitForRequest(
    (request) =>
      request.method() === 'POST' &&
      Boolean(request.headers()['next-action']) &&
      /^multipart\/form-data/.test(request.headers()['content-type'] ?? '') &&
      /name="[^"]*version"/.test(request.postData() ?? ''),
  );
  await page.getByLabel('Title').fill(firstTitle);
  await page.locator('.save-bar button[data-primary]').click();
  const request = await posted;
  await expect(page.locator('.save-bar-state')).toHaveText('Saved as version 2.');
  const headers = await request.allHeaders();
  const body = request.postDataBuffer()!;
  const template = await new Response(new Uint8Array(body), { headers: { 'content-type': headers['content-type']! } }).formData();
  const field = (suffix: string) => [...template.keys()].find((name) => name === suffix || name.endsWith(`_${suffix}`))!;
  const [titleField, versionField] = [field('title'), field('version')];
  const forwarded = Object.fromEntries(
    Object.entries(headers).filter(([name]) => ['next-action', 'next-router-state-tree', 'cookie', 'origin', 'accept'].includes(name)),
  );
  let version = 2;
  const target = new URL(request.url());
  /** `headers` may pin the request to one instance behind the test's proxy. */
  return async function saveTitle(title: string, headers: Record<string, string> = {}): Promise<void> {
    const form = new FormData();
    for (const [name, value] of template) form.append(name, value);
    form.set(titleField, title);
    form.set(versionField, String(version));
    const response = await fetch(target, { method: 'POST', headers: { ...forwarded, ...headers }, body: form, redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`The save answered ${response.status}`);
    version += 1;
  };
}
