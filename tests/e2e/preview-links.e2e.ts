import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';
import { saveAs, saveState } from './support/editor';

const unique = () => randomBytes(3).toString('hex');

async function insertDraft() {
  const slug = `preview-me-${unique()}`;
  const [row] = await withDatabase(
    (sql) => sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${`Not out yet ${slug}`}, 'An excerpt.', 'The draft as saved.', 'draft', null,
        (select id from users order by id limit 1), (select id from categories where slug = 'design')
      returning id`,
  );
  return { id: row!.id, slug, title: `Not out yet ${slug}` };
}

async function createLink(page: Page, shows: 'The saved version' | 'My latest changes, saved or not (it follows my autosaves)') {
  const panel = page.getByRole('region', { name: 'Share preview' });
  const link = panel.getByLabel('Preview link: copy it now, it is shown only once');
  // The link made before, if any, stays shown until the new one replaces it.
  const before = (await link.count()) > 0 ? await link.inputValue() : '';
  await panel.getByRole('radio', { name: shows }).check();
  await panel.getByRole('button', { name: 'Create preview link' }).click();
  await expect(link).toHaveValue(/\/preview\/[A-Za-z0-9_-]{32}$/);
  await expect(link).not.toHaveValue(before);
  return new URL(await link.inputValue()).pathname;
}

test('a preview link shows a draft to someone signed out, never cached or indexed; revoked or expired it is 410, published it is 308', async ({ page, browser, request }) => {
  const post = await insertDraft();
  const editor = await createUser('editor');
  await page.goto(`/login?callbackUrl=${encodeURIComponent(`/admin/posts/${post.id}`)}`);
  await signIn(page, editor.email, editor.password);
  await expect(saveState(page)).toHaveText('Saved as version 1.');

  const saved = await createLink(page, 'The saved version');
  const outsider = await browser.newContext();
  try {
    const reader = await outsider.newPage();
    const response = await reader.goto(saved);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toContain('no-store');
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await expect(reader.getByRole('note', { name: 'Preview' })).toContainText('not published yet');
    await expect(reader.getByRole('heading', { level: 1, name: post.title })).toBeVisible();
    await expect(reader.getByText('The draft as saved.')).toBeVisible();

    // The author's latest changes, autosaved and not saved, through a second link.
    await page.getByLabel('Body (Markdown)').fill('Changes the author has not saved.');
    await expect(saveState(page)).toContainText('Changes autosaved', { timeout: 15_000 });
    const latest = await createLink(page, 'My latest changes, saved or not (it follows my autosaves)');
    await reader.goto(latest);
    await expect(reader.getByText('Changes the author has not saved.')).toBeVisible();
    await expect(reader.getByRole('note', { name: 'Preview' })).toContainText('not saved yet either');

    // The editor lists both, with when each was opened.
    await page.reload();
    const rows = page.getByRole('region', { name: 'Share preview' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(2)).not.toContainText('Never');

    // Revoked: 410, with a page that says so.
    await rows.nth(2).getByRole('button', { name: /^Revoke/ }).click();
    await expect(rows.nth(2)).toContainText('Revoked');
    const revoked = await request.get(saved);
    expect(revoked.status()).toBe(410);
    expect(await revoked.text()).toContain('This preview has ended');
    // Expired: 410 too; and a token that was never made is no different.
    await withDatabase((sql) => sql`update preview_links set expires_at = now() - interval '1 minute' where post_id = ${post.id} and revoked_at is null`);
    expect((await request.get(latest)).status()).toBe(410);
    expect((await request.get(`/preview/${randomBytes(24).toString('base64url')}`)).status()).toBe(410);

    // Published: a fresh link now leads to the live post, permanently.
    await page.reload();
    const third = await createLink(page, 'The saved version');
    await page.getByRole('radio', { name: /^Published/ }).check();
    await saveAs(page, 2, 'Publish');
    const moved = await request.get(third, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()['location']).toBe(`/blog/${post.slug}`);
    // Nothing of the preview reached readers' lists before that.
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/preview/');
  } finally {
    await outsider.close();
  }
});
