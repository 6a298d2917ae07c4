import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, form, idle, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
// updateTag and refresh need a real Server Action request; the e2e tier proves pages change. Here we see which tags.
const updateTag = vi.hoisted(() => vi.fn());
const refresh = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag, refresh }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const actions = await import('@/app/admin/posts/actions');
const { getSlugRedirectTarget, getPostBySlug } = await import('@/lib/data/posts');
const { listRevisions } = await import('@/lib/data/revisions');

async function categoryId(slug = 'design'): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from categories where slug = ${slug}`);
  return row!.id;
}

async function postForm(overrides: Record<string, string | number> = {}) {
  return form({ id: '', title: 'A fresh post', slug: '', excerpt: 'Short.', categoryId: await categoryId(), body: 'Hello **world**.', status: 'published', publishAt: '', publishAtIso: '', version: 0, ...overrides });
}

const stored = async (id: number) =>
  (await db.execute<{ title: string; slug: string; version: number; status: string; deleted_at: string | null }>(sql`select title, slug, version, status, deleted_at from posts where id = ${id}`))[0];
const postCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from posts`))[0]!.n;
const auditActions = async (id: number) => (await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'post' and target_id = ${id} order by id`)).map((row) => row.action);

async function signInAs(role: 'admin' | 'editor' | 'author') {
  const user = await createTestUser({ role });
  session.current = await sessionFor(user);
  return user;
}

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
  refresh.mockClear();
});

describe('savePostAction', () => {
  it('sends a visitor without a session to sign in, and creates nothing', async () => {
    const before = await postCount();
    await expect(actions.savePostAction(idle, await postForm())).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await postCount()).toBe(before);
  });

  it('refuses an author editing someone else’s post (403), and changes nothing', async () => {
    const post = await createPost();
    await signInAs('author');
    await expect(actions.savePostAction(idle, await postForm({ id: post.id, title: 'Hijacked', version: post.version }))).rejects.toMatchObject(FORBIDDEN);
    expect((await stored(post.id))!.title).toBe(post.title);
  });

  it('lets an author create and publish their own post, with a revision and an audit entry', async () => {
    const author = await signInAs('author');
    const error = await actions.savePostAction(idle, await postForm({ title: 'Café & Code' })).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/admin\/posts\/\d+\?created=1;/) });
    const post = await getPostBySlug('cafe-and-code');
    expect(post).toMatchObject({ title: 'Café & Code', authorName: author.name });
    expect((await listRevisions('post', post!.id)).map((revision) => revision.version)).toEqual([1]);
    expect(await auditActions(post!.id)).toEqual(['post.publish']);
    expect(updateTag.mock.calls.flat()).toEqual(expect.arrayContaining(['posts:lists', 'post:cafe-and-code', 'category:design', `year:${new Date().getUTCFullYear()}`]));
  });

  it('saves an editor’s change over the current version and invalidates the post, its lists and archives', async () => {
    const post = await createPost({ publishedAt: new Date('2024-03-01T00:00:00Z') });
    await signInAs('editor');
    await expect(actions.savePostAction(idle, await postForm({ id: post.id, title: 'Edited title', slug: post.slug, version: post.version }))).rejects.toMatchObject({
      digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;.*;/admin/posts/${post.id}\\?saved=2;`)),
    });
    expect(await stored(post.id)).toMatchObject({ title: 'Edited title', version: 2 });
    expect((await listRevisions('post', post.id)).map((revision) => revision.version)).toEqual([2, 1]);
    expect(updateTag.mock.calls.flat()).toEqual(expect.arrayContaining([`post:${post.slug}`, 'posts:lists', 'category:design', 'year:2024', 'search']));
  });

  it('refuses a save based on an older version, shows the other change, and keeps both texts', async () => {
    const post = await createPost({ body: 'The original body.' });
    await signInAs('editor');
    await actions.savePostAction(idle, await postForm({ id: post.id, title: post.title, slug: post.slug, body: 'The body as edited by someone else.', version: 1 })).catch(() => undefined);
    const state = await actions.savePostAction(idle, await postForm({ id: post.id, title: post.title, slug: post.slug, body: 'My own careful rewrite.', version: 1 }));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/someone else saved this post/i);
    expect(state.values.body).toBe('My own careful rewrite.');
    const bodyChange = state.conflict?.changes.find((change) => change.label === 'Body');
    expect(bodyChange?.parts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'added', text: expect.stringContaining('edited by someone else') })]));
    expect((await db.execute<{ body: string }>(sql`select body from posts where id = ${post.id}`))[0]!.body).toBe('The body as edited by someone else.');
    // Having seen their change, the author may save over it on purpose.
    await expect(
      actions.savePostAction(idle, await postForm({ id: post.id, title: post.title, slug: post.slug, body: 'My own careful rewrite.', version: 1, overwriteVersion: state.conflict!.currentVersion })),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/\?saved=3;/) });
  });

  it('keeps a renamed published post reachable at its old slug', async () => {
    const post = await createPost({ slug: 'old-name' });
    await signInAs('editor');
    await actions.savePostAction(idle, await postForm({ id: post.id, title: post.title, slug: 'new-name', version: post.version })).catch(() => undefined);
    expect(await getSlugRedirectTarget('old-name')).toBe('new-name');
    expect(updateTag.mock.calls.flat()).toEqual(expect.arrayContaining(['post:old-name', 'post:new-name']));
  });

  it('names the field for bad input, keeps what was typed, and stores nothing', async () => {
    await signInAs('editor');
    const before = await postCount();
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ title: 'Bad\u0000title' }, 'title', /Title contains a NUL character/],
      [{ title: '   ' }, 'title', /Title is required/],
      // (A lone surrogate cannot reach an action: FormData, like the browser's encoder, turns it into U+FFFD first.)
      [{ excerpt: 'Bell \u0007 character' }, 'excerpt', /control characters/],
      [{ slug: 'Not A Slug!' }, 'slug', /Slug may use only/],
      [{ status: 'scheduled', publishAt: '2001-01-01T10:00' }, 'publishAt', /must be in the future/],
      [{ status: 'scheduled', publishAt: '' }, 'publishAt', /required for a scheduled post/],
      [{ categoryId: '' }, 'categoryId', /category/i],
      [{ body: '>'.repeat(5000) + ' deep' }, 'body', /nested/],
    ];
    for (const [fields, field, message] of cases) {
      const state = await actions.savePostAction(idle, await postForm(fields));
      expect(state.status, JSON.stringify(fields).slice(0, 80)).toBe('error');
      expect(state.errors[field as keyof typeof state.errors]).toMatch(message);
      for (const [key, value] of Object.entries(fields)) expect(state.values[key as keyof typeof state.values]).toBe(value);
    }
    expect(await postCount()).toBe(before);
  });

  it('refuses a slug another post uses, on the slug field', async () => {
    const other = await createPost();
    await signInAs('editor');
    const state = await actions.savePostAction(idle, await postForm({ slug: other.slug }));
    expect(state.errors.slug).toMatch(/already used/);
  });
});

describe('scheduling', () => {
  it('keeps a scheduled post away from readers until its time', async () => {
    await signInAs('editor');
    const at = new Date(Date.now() + 3_600_000);
    await actions.savePostAction(idle, await postForm({ title: 'Tomorrow’s news', status: 'scheduled', publishAtIso: at.toISOString() })).catch(() => undefined);
    const [row] = await db.execute<{ id: number; published_at: Date }>(sql`select id, published_at from posts where slug = 'tomorrows-news'`);
    expect(new Date(row!.published_at).getTime()).toBe(at.getTime());
    expect(await getPostBySlug('tomorrows-news')).toBeNull();
    const { getNextScheduledPublishAt } = await import('@/lib/data/visibility');
    expect((await getNextScheduledPublishAt())?.getTime()).toBe(at.getTime());
    // Its time comes: nothing but the clock changes, and readers see it.
    await db.execute(sql`update posts set published_at = now() - interval '1 second' where id = ${row!.id}`);
    expect(await getPostBySlug('tomorrows-news')).not.toBeNull();
  });
});

describe('trash', () => {
  it('refuses trashing without a session or as another author, and changes nothing', async () => {
    const post = await createPost();
    await expect(actions.trashPostAction(form({ id: post.id }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signInAs('author');
    await expect(actions.trashPostAction(form({ id: post.id }))).rejects.toMatchObject(FORBIDDEN);
    expect((await stored(post.id))!.deleted_at).toBeNull();
  });

  it('lets an author trash their own post, and only an editor restore it or empty the trash', async () => {
    const author = await signInAs('author');
    const post = await createPost({ authorId: author.id });
    await expect(actions.trashPostAction(form({ id: post.id }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/admin\/posts\?trashed=/) });
    expect(await getPostBySlug(post.slug)).toBeNull();
    await expect(actions.restoreFromTrashAction(form({ id: post.id }))).rejects.toMatchObject(FORBIDDEN);
    await expect(actions.emptyTrashAction(form({}))).rejects.toMatchObject(FORBIDDEN);
    expect((await stored(post.id))!.deleted_at).not.toBeNull();

    await signInAs('editor');
    await actions.restoreFromTrashAction(form({ id: post.id }));
    expect(await getPostBySlug(post.slug)).not.toBeNull();
    await expect(actions.trashPostAction(form({ id: post.id }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    await actions.emptyTrashAction(form({}));
    expect(await stored(post.id)).toBeUndefined();
    expect(await listRevisions('post', post.id)).toEqual([]);
    expect(await auditActions(post.id)).toEqual(['post.trash', 'post.restore', 'post.trash', 'post.delete']);
  });

  it('refuses emptying the trash without a session', async () => {
    const post = await createPost({ deletedAt: new Date() });
    await expect(actions.emptyTrashAction(form({}))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await stored(post.id)).toBeDefined();
  });
});

describe('restoreRevisionAction', () => {
  it('brings back an earlier text as a new revision, and refuses others', async () => {
    const post = await createPost({ body: 'First wording.' });
    await expect(actions.restoreRevisionAction(form({ id: post.id, revisionId: 1 }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signInAs('editor');
    await actions.savePostAction(idle, await postForm({ id: post.id, title: post.title, slug: post.slug, body: 'Second wording.', version: 1 })).catch(() => undefined);
    const [, first] = await listRevisions('post', post.id);
    expect(first!.version).toBe(1);

    await signInAs('author');
    await expect(actions.restoreRevisionAction(form({ id: post.id, revisionId: first!.id }))).rejects.toMatchObject(FORBIDDEN);

    await signInAs('editor');
    await expect(actions.restoreRevisionAction(form({ id: post.id, revisionId: first!.id }))).rejects.toMatchObject({ digest: expect.stringMatching(/\?restored=3;/) });
    expect((await db.execute<{ body: string; version: number }>(sql`select body, version from posts where id = ${post.id}`))[0]).toEqual({ body: 'First wording.', version: 3 });
    expect((await listRevisions('post', post.id)).map((revision) => revision.version)).toEqual([3, 2, 1]);
  });
});
