import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { insertPost, openEditor, unique } from './support/post-edits';

/**
 * Issue 11: Next joins a request onto the render of the same page already in flight. A render
 * that read the post before an edit must not answer a request made after it (decision 014).
 * The render is made slow on purpose: the test holds a lock on the comments table, which the
 * post page reads after the post itself, so the render waits there with the old title in hand.
 */
test('a request made after an edit never gets the render that began before it', async ({ page, baseURL }) => {
  const slug = `slow-render-${unique()}`;
  const id = await insertPost(`Before the edit ${slug}`, slug);
  // The editor's "View on site" link would prefetch the page and fill its caches (the comment
  // thread among them) before the test holds the lock; the render then never waits on it.
  await page.route((url) => url.pathname.startsWith(`/blog/${slug}`), (route) => route.abort());
  await openEditor(page, id);
  await page.getByLabel('Title').fill(`After the edit ${slug}`);

  const sql = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
  const lock = await sql.reserve();
  try {
    await lock`begin`;
    await lock`lock table comments in access exclusive mode`;
    const beforeEdit = fetch(`${baseURL}/blog/${slug}`).then((response) => response.text());
    // The render has read the post and now waits for the comments.
    await expect.poll(async () => (await sql`select count(*)::int as n from pg_locks where relation = 'comments'::regclass and not granted`)[0]!.n, { timeout: 30_000 }).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page.locator('.save-bar-state')).toHaveText('Saved as version 2.');
    const afterEdit = fetch(`${baseURL}/blog/${slug}`).then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 500)); // it reaches the server while the old render still waits
    await lock`commit`;

    expect(await beforeEdit).toContain(`Before the edit ${slug}`);
    const html = await afterEdit;
    expect(html).toContain(`After the edit ${slug}`);
    expect(html).not.toContain(`Before the edit ${slug}`);
  } finally {
    lock.release();
    await sql.end();
  }
});
