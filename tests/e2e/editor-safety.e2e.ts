import { randomBytes } from 'node:crypto';
import { expect, test, type Page, type Route } from '@playwright/test';
import { createUser, signIn, withDatabase } from './support/accounts';
import { primaryButton, saveAs, saveState } from './support/editor';

const unique = () => randomBytes(3).toString('hex');
const PARAGRAPHS = ['The opening paragraph.', 'The middle paragraph.', 'The closing paragraph.'];

/** A published post by the seeded author, straight into the database; dated years back, so it never pushes the seeded posts off the home page other tests read. */
async function insertPost(body = PARAGRAPHS.join('\n\n')) {
  const slug = `editor-safety-${unique()}`;
  const [row] = await withDatabase(
    (sql) => sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${`Editor safety ${slug}`}, 'An excerpt.', ${body}, 'published', timestamptz '2016-03-01 12:00Z',
        (select id from users order by id limit 1), (select id from categories where slug = 'design')
      returning id`,
  );
  return { id: row!.id, slug };
}

const storedBody = async (id: number) => (await withDatabase((sql) => sql<Array<{ body: string; version: number }>>`select body, version from posts where id = ${id}`))[0]!;

async function openEditor(page: Page, id: number, account?: { email: string; password: string }) {
  const editor = account ?? (await createUser('editor'));
  await page.goto(`/login?callbackUrl=${encodeURIComponent(`/admin/posts/${id}`)}`);
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL((url) => url.pathname === `/admin/posts/${id}`);
  await expect(saveState(page)).toHaveText('Saved as version 1.');
  return editor;
}

/** Holds the editor's save (not the preview, not the autosave) until `release` is called. */
async function holdSaves(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(
    (url) => url.pathname.startsWith('/admin/posts/'),
    async (route: Route) => {
      const request = route.request();
      if (request.method() === 'POST' && /name="[^"]*stay"/.test(request.postData() ?? '')) {
        held += 1;
        await released;
      }
      await route.continue();
    },
  );
  return { release, held: () => held };
}

const body = (page: Page) => page.getByLabel('Body (Markdown)');

test('text typed while a save is in flight stays in the editor, marked unsaved, and the next save stores it', async ({ page }) => {
  const post = await insertPost();
  await openEditor(page, post.id);
  const gate = await holdSaves(page);

  await body(page).fill('Saved text.');
  await primaryButton(page).click();
  await expect(saveState(page)).toHaveText('Saving…');
  await expect.poll(gate.held).toBe(1);
  // Typed while the save waits on the network.
  await body(page).press('End');
  await body(page).pressSequentially(' Typed during the save.');
  gate.release();

  await expect(saveState(page)).toHaveText('Unsaved changes.');
  await expect(body(page)).toHaveValue('Saved text. Typed during the save.');
  expect(await storedBody(post.id)).toEqual({ body: 'Saved text.', version: 2 });

  // Ctrl+S saves what is on screen now.
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('Saved as version 3.');
  expect(await storedBody(post.id)).toEqual({ body: 'Saved text. Typed during the save.', version: 3 });
});

test('a tab closed without saving loses nothing autosaved: reopening offers the working copy, readers see the saved version', async ({ browser, request }) => {
  const post = await insertPost();
  const first = await browser.newContext();
  const page = await first.newPage();
  const editor = await openEditor(page, post.id);
  const typed = `${PARAGRAPHS.join('\n\n')}\n\nA fourth paragraph ${unique()}.`;
  await body(page).fill(typed);
  await expect(saveState(page)).toContainText('Changes autosaved', { timeout: 15_000 });
  // Killed: no beforeunload, no save. A fresh browser profile, so nothing comes from this browser's storage.
  await page.close({ runBeforeUnload: false });
  await first.close();

  expect(await (await request.get(`/blog/${post.slug}`)).text()).not.toContain('A fourth paragraph');
  expect((await storedBody(post.id)).version).toBe(1);

  const second = await browser.newContext();
  try {
    const again = await second.newPage();
    await openEditor(again, post.id, editor);
    const offer = again.getByRole('region', { name: 'You have unsaved changes' });
    await expect(offer).toContainText('Autosaved on');
    await expect(body(again)).toHaveValue(PARAGRAPHS.join('\n\n'));
    await offer.getByRole('button', { name: 'Continue with my changes' }).click();
    await expect(body(again)).toHaveValue(typed);
    await saveAs(again, 2, 'Update');
    expect((await storedBody(post.id)).body).toBe(typed);
  } finally {
    await second.close();
  }
});

test('when the server cannot be reached, the text is kept in this browser and offered back on the next load', async ({ page, context }) => {
  const post = await insertPost();
  await openEditor(page, post.id);
  await context.setOffline(true);
  const typed = `Written on a train ${unique()}.`;
  await body(page).fill(typed);
  await primaryButton(page).click();
  await expect(saveState(page)).toContainText('Not saved: the server cannot be reached. Your text is kept in this browser');
  await expect(body(page)).toHaveValue(typed);
  await context.setOffline(false);

  const later = await context.newPage();
  await later.goto(`/admin/posts/${post.id}`);
  const offer = later.getByRole('region', { name: 'You have unsaved changes' });
  await expect(offer).toContainText('Kept in this browser on');
  await offer.getByRole('button', { name: 'Continue with my changes' }).click();
  await expect(body(later)).toHaveValue(typed);
  await saveAs(later, 2);
  expect((await storedBody(post.id)).body).toBe(typed);
});

test('two editors changing different paragraphs both keep their work, and each editor shows the merged text', async ({ browser }) => {
  const post = await insertPost();
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
    await openEditor(a!, post.id);
    await openEditor(b!, post.id);
    await body(a!).fill(PARAGRAPHS.join('\n\n').replace('The opening paragraph.', 'The opening, by A.'));
    await saveAs(a!, 2);
    await body(b!).fill(PARAGRAPHS.join('\n\n').replace('The closing paragraph.', 'The closing, by B.'));
    await primaryButton(b!).click();
    await expect(saveState(b!)).toHaveText('Saved as version 3. Someone else had saved version 2 meanwhile; their changes and yours are both in it.');
    const merged = ['The opening, by A.', PARAGRAPHS[1], 'The closing, by B.'].join('\n\n');
    await expect(body(b!)).toHaveValue(merged);
    expect(await storedBody(post.id)).toEqual({ body: merged, version: 3 });
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test('“Discard changes” drops the working copy and returns to the saved version', async ({ page }) => {
  const post = await insertPost();
  await openEditor(page, post.id);
  await body(page).fill('A change I will not keep.');
  await expect(saveState(page)).toContainText('Changes autosaved', { timeout: 15_000 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(saveState(page)).toHaveText('Saved as version 1.');
  await expect(body(page)).toHaveValue(PARAGRAPHS.join('\n\n'));
  await expect(page.getByRole('region', { name: 'You have unsaved changes' })).toHaveCount(0);
  expect(await withDatabase((sql) => sql`select 1 from working_copies where kind = 'post' and item_id = ${post.id}`)).toHaveLength(0);
});
