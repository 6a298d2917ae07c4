import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { createUser, signIn, withDatabase } from './accounts';

export const unique = () => randomBytes(3).toString('hex');

/** A published post by the seeded author, straight into the database. */
export async function insertPost(title: string, slug: string): Promise<number> {
  const [row] = await withDatabase(
    (sql) => sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', 'The body.', 'published', now() - interval '1 day',
        (select id from users order by id limit 1), (select id from categories where slug = 'design')
      returning id`,
  );
  return row!.id;
}

/** Signs a new editor in and opens the post's editor. */
export async function openEditor(page: Page, id: number, baseURL = '') {
  const editor = await createUser('editor');
  await page.goto(`${baseURL}/login?callbackUrl=${encodeURIComponent(`/admin/posts/${id}`)}`);
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL((url) => url.pathname === `/admin/posts/${id}`);
}

/**
 * Saves the open editor once through the page, as a person would, and returns a function
 * that saves a new title the same way the browser did: the same Server Action request
 * (action id, session cookie, origin), with the title and the expected version changed. Each
 * save goes through the app, so it takes the real invalidation path; it is just faster than
 * typing, which matters when a test saves fifty times.
 */
export async function captureTitleSave(page: Page, firstTitle: string) {
  const posted = page.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']));
  await page.getByLabel('Title').fill(firstTitle);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const request = await posted;
  await expect(page.getByRole('status').filter({ hasText: 'Saved (version 2)' })).toBeVisible();
  const headers = await request.allHeaders();
  const body = request.postDataBuffer()!;
  const template = await new Response(new Uint8Array(body), { headers: { 'content-type': headers['content-type']! } }).formData();
  const field = (suffix: string) => [...template.keys()].find((name) => name === suffix || name.endsWith(`_${suffix}`))!;
  const [titleField, versionField] = [field('title'), field('version')];
  const forwarded = Object.fromEntries(
    Object.entries(headers).filter(([name]) => ['next-action', 'next-router-state-tree', 'cookie', 'origin', 'accept'].includes(name)),
  );
  let version = 2;
  return async function saveTitle(title: string, origin: string): Promise<void> {
    const form = new FormData();
    for (const [name, value] of template) form.append(name, value);
    form.set(titleField, title);
    form.set(versionField, String(version));
    const response = await fetch(`${origin}${new URL(request.url()).pathname}`, { method: 'POST', headers: forwarded, body: form, redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`The save answered ${response.status}`);
    version += 1;
  };
}
