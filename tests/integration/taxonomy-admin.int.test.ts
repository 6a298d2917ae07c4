import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { FORBIDDEN, REDIRECT_TO_LOGIN, form, idle } from '../support/action-calls';
import { signerInto } from '../support/sessions';
import { slugify } from '@/lib/slug';
import { LONE_SURROGATE } from '@/lib/validation/text';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag, refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const categoryActions = await import('@/app/admin/categories/actions');
const tagActions = await import('@/app/admin/tags/actions');
const { default: CategoriesPage } = await import('@/app/admin/categories/page');
const { default: TagPage } = await import('@/app/admin/tags/[id]/page');
const { getCategory } = await import('@/lib/data/categories');
const { getPostBySlug, getSlugRedirectTarget } = await import('@/lib/data/posts');
const { getRedirectTarget } = await import('@/lib/data/slug-redirects');
const { listTerms } = await import('@/lib/data/taxonomy-admin');
const postActions = await import('@/app/admin/posts/actions');

const signInAs = signerInto(session);
const unique = () => randomBytes(3).toString('hex');

/** Where a successful action sent the browser. */
async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error: unknown = await run.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? '';
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(';')[2]!;
}

async function insertCategory(name: string) {
  const slug = `cat-${unique()}`;
  const [row] = await db.execute<{ id: number }>(sql`insert into categories (slug, name) values (${slug}, ${name}) returning id`);
  return { id: row!.id, slug, name };
}

/** A tag as the editor makes one: its slug from its name. */
async function insertTag(name: string) {
  const slug = slugify(name);
  const [row] = await db.execute<{ id: number }>(sql`insert into tags (slug, name) values (${slug}, ${name}) returning id`);
  return { id: row!.id, slug, name };
}

const tagPost = (postId: number, tagId: number) => db.execute(sql`insert into post_tags (post_id, tag_id) values (${postId}, ${tagId})`);
const countOf = async (kind: 'category' | 'tag', id: number) => (await listTerms(kind)).find((term) => term.id === id)?.postCount;
const tagsOf = async (slug: string) => (await getPostBySlug(slug))?.tags.map((tag) => tag.name);
const auditOf = async (targetType: string, targetId: number) =>
  db.execute<{ action: string; details: Record<string, unknown> | null }>(sql`select action, details from audit_log where target_type = ${targetType} and target_id = ${targetId} order by id`);
const invalidated = () => updateTag.mock.calls.map(([tag]) => tag as string);
const termCount = async () => (await db.execute<{ n: number }>(sql`select (select count(*) from categories) + (select count(*) from tags) as n`))[0]!.n;

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
});

describe('the taxonomy admin', () => {
  it.each([
    ['a visitor who is not signed in', async () => null, REDIRECT_TO_LOGIN],
    ['an author', () => signInAs('author'), FORBIDDEN],
  ])('refuses %s on every page and action, changing nothing', async (_who, signIn, refusal) => {
    await signIn();
    const category = await insertCategory('Guarded');
    const other = await insertCategory('Other');
    const tag = await insertTag(`Guarded ${unique()}`);
    const before = await termCount();
    const runs = [
      () => categoryActions.saveCategoryAction(idle, form({ name: 'Sneaky' })),
      () => categoryActions.saveCategoryAction(idle, form({ id: category.id, name: 'Sneaky', slug: '', description: '' })),
      () => categoryActions.mergeCategoryAction(idle, form({ id: category.id, targetId: other.id, confirm: 'yes' })),
      () => categoryActions.deleteCategoryAction(idle, form({ id: category.id, targetId: other.id, confirm: 'yes' })),
      () => tagActions.saveTagAction(idle, form({ name: 'Sneaky' })),
      () => tagActions.mergeTagAction(idle, form({ id: tag.id, targetId: tag.id + 1, confirm: 'yes' })),
      () => tagActions.deleteTagAction(idle, form({ id: tag.id, targetId: '', confirm: 'yes' })),
      () => CategoriesPage({ searchParams: Promise.resolve({}) }),
      () => TagPage({ params: Promise.resolve({ id: String(tag.id) }), searchParams: Promise.resolve({}) }),
    ];
    for (const run of runs) await expect(run()).rejects.toMatchObject(refusal);
    expect(await termCount()).toBe(before);
    expect(await getCategory(category.slug)).toMatchObject({ name: 'Guarded' });
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('lets an editor create a category, its slug made from the name, and records it', async () => {
    const editor = await signInAs('editor');
    const name = `Garden Design ${unique()}`;
    const location = await redirectedTo(categoryActions.saveCategoryAction(idle, form({ name, slug: '', description: 'Beds and borders.' })));
    const slug = name.toLowerCase().replace(/ /g, '-');
    expect(await getCategory(slug)).toEqual({ slug, name, description: 'Beds and borders.' });
    const created = (await listTerms('category')).find((term) => term.slug === slug)!;
    expect(location).toBe(`/admin/categories/${created.id}?done=created`);
    expect(created.postCount).toBe(0);
    const [entry] = await db.execute<{ action: string; actor_id: number }>(sql`select action, actor_id from audit_log where target_type = 'category' and target_id = ${created.id}`);
    expect(entry).toEqual({ action: 'category.create', actor_id: editor.id });
    expect(invalidated()).toContain(`category:${slug}`);
  });

  it.each([
    ['an empty name', { name: '', slug: '' }, 'name', 'Name is required.'],
    ['a NUL byte', { name: 'Bad\u0000name', slug: '' }, 'name', 'Name contains a NUL character, which cannot be stored.'],
    // A form cannot carry a lone surrogate: FormData turns it into U+FFFD, which is refused as such.
    ['a lone surrogate', { name: 'Ok', slug: '', description: 'Broken \uD800 text' }, 'description', 'Description contains bytes that are not valid UTF-8'],
    ['a slug with capitals and spaces', { name: 'Fine', slug: 'Not A Slug' }, 'slug', 'Slug must be lowercase letters'],
    ['a name with nothing to make a slug of', { name: '🌱🌱', slug: '' }, 'slug', 'the name has no letter or digit'],
    ['a slug another category has', { name: 'Copycat', slug: 'design' }, 'slug', 'Another category already has this slug.'],
  ])('refuses %s with a message naming the field, keeping what was typed', async (_case, fields, field, message) => {
    await signInAs('admin');
    const before = await termCount();
    const typed = { description: '', ...fields };
    const answer = await categoryActions.saveCategoryAction(idle, form(typed));
    expect(answer.status).toBe('error');
    expect(answer.errors[field as 'name']).toContain(message);
    expect(answer.values).toEqual(Object.fromEntries(Object.entries(typed).map(([name, value]) => [name, value.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')])));
    expect(await termCount()).toBe(before);
  });

  it('renames and re-slugs a category: the old slug redirects, its posts show the new name, and their pages expire', async () => {
    await signInAs('editor');
    const category = await insertCategory('Old Name');
    const post = await createPost({ categorySlug: category.slug, publishedAt: new Date('2016-03-01T10:00:00Z') });
    const newSlug = `renamed-${unique()}`;
    const location = await redirectedTo(categoryActions.saveCategoryAction(idle, form({ id: category.id, name: 'New Name', slug: newSlug, description: 'Now described.' })));
    expect(location).toBe(`/admin/categories/${category.id}?done=saved`);
    expect(await getCategory(category.slug)).toBeNull();
    expect(await getCategory(newSlug)).toEqual({ slug: newSlug, name: 'New Name', description: 'Now described.' });
    expect(await getRedirectTarget('category', category.slug)).toBe(newSlug);
    expect(await getPostBySlug(post.slug)).toMatchObject({ categoryName: 'New Name', categorySlug: newSlug });
    expect(invalidated()).toEqual(
      expect.arrayContaining([`category:${category.slug}`, `category:${newSlug}`, `post:${post.slug}`, 'posts:lists', 'categories', 'year:2016', 'search']),
    );
    expect((await auditOf('category', category.id)).at(-1)).toEqual({
      action: 'category.update',
      details: { renamedFrom: 'Old Name', slugFrom: category.slug, slugTo: newSlug, description: 'changed' },
    });

    // Renamed again: both old slugs lead straight to the newest; a new category taking an old slug owns it again.
    const newest = `newest-${unique()}`;
    await redirectedTo(categoryActions.saveCategoryAction(idle, form({ id: category.id, name: 'New Name', slug: newest, description: 'Now described.' })));
    expect([await getRedirectTarget('category', category.slug), await getRedirectTarget('category', newSlug)]).toEqual([newest, newest]);
    await redirectedTo(categoryActions.saveCategoryAction(idle, form({ name: 'Comeback', slug: category.slug, description: '' })));
    expect(await getRedirectTarget('category', category.slug)).toBeNull();
    expect(await getCategory(category.slug)).toMatchObject({ name: 'Comeback' });
  });

  it('merges a category into another: its posts move, it disappears, and its slugs redirect to the target', async () => {
    const admin = await signInAs('admin');
    const source = await insertCategory('Source');
    const target = await insertCategory('Target');
    const [moved1, moved2, stayed] = [await createPost({ categorySlug: source.slug }), await createPost({ categorySlug: source.slug }), await createPost({ categorySlug: target.slug })];
    // An earlier rename of the source: its address too must now lead to the target.
    await db.execute(sql`insert into slug_redirects (kind, old_slug, target_id) values ('category', ${`older-${source.slug}`}, ${source.id})`);

    const unconfirmed = await categoryActions.mergeCategoryAction(idle, form({ id: source.id, targetId: target.id }));
    expect(unconfirmed.errors.confirm).toBe('Tick the box to confirm: this cannot be undone.');
    expect(unconfirmed.values.targetId).toBe(String(target.id));
    expect(await countOf('category', source.id)).toBe(2);

    const location = await redirectedTo(categoryActions.mergeCategoryAction(idle, form({ id: source.id, targetId: target.id, confirm: 'yes' })));
    expect(location).toBe(`/admin/categories/${target.id}?done=merged`);
    expect(await getCategory(source.slug)).toBeNull();
    expect(await countOf('category', target.id)).toBe(3);
    for (const post of [moved1, moved2, stayed]) expect((await getPostBySlug(post.slug))?.categoryName).toBe('Target');
    expect(await getRedirectTarget('category', source.slug)).toBe(target.slug);
    expect(await getRedirectTarget('category', `older-${source.slug}`)).toBe(target.slug);
    expect(invalidated()).toEqual(expect.arrayContaining([`category:${source.slug}`, `category:${target.slug}`, `post:${moved1!.slug}`, `post:${moved2!.slug}`, 'posts:lists']));
    const [entry] = await db.execute<{ action: string; actor_id: number; details: unknown }>(
      sql`select action, actor_id, details from audit_log where target_type = 'category' and target_id = ${source.id}`,
    );
    expect(entry).toEqual({ action: 'category.merge', actor_id: admin.id, details: { slug: source.slug, postCount: 2, postsMovedTo: 'Target' } });
  });

  it('deletes a category only into another one, moving its posts, and leaves no redirect', async () => {
    await signInAs('editor');
    const doomed = await insertCategory('Doomed');
    const post = await createPost({ categorySlug: doomed.slug });
    const noTarget = await categoryActions.deleteCategoryAction(idle, form({ id: doomed.id, targetId: '', confirm: 'yes' }));
    expect(noTarget.errors.targetId).toBe('Choose the category its posts move to.');
    const itself = await categoryActions.deleteCategoryAction(idle, form({ id: doomed.id, targetId: doomed.id, confirm: 'yes' }));
    expect(itself.errors.targetId).toContain('cannot be merged into itself');
    expect(await getCategory(doomed.slug)).not.toBeNull();

    const location = await redirectedTo(categoryActions.deleteCategoryAction(idle, form({ id: doomed.id, targetId: (await listTerms('category')).find((term) => term.slug === 'design')!.id, confirm: 'yes' })));
    expect(location).toBe('/admin/categories?done=deleted');
    expect(await getCategory(doomed.slug)).toBeNull();
    expect(await getRedirectTarget('category', doomed.slug)).toBeNull();
    expect((await getPostBySlug(post.slug))?.categorySlug).toBe('design');
    expect((await auditOf('category', doomed.id)).map((row) => row.action)).toEqual(['category.delete']);
    expect(invalidated()).toEqual(expect.arrayContaining([`category:${doomed.slug}`, 'category:design', `post:${post.slug}`]));
  });

  it('merges a tag into another: each post carries the target once, and the old tag address redirects', async () => {
    await signInAs('editor');
    const source = await insertTag(`Py ${unique()}`);
    const target = await insertTag(`Python ${unique()}`);
    const both = await createPost();
    const onlySource = await createPost();
    await tagPost(both.id, source.id);
    await tagPost(both.id, target.id);
    await tagPost(onlySource.id, source.id);

    const location = await redirectedTo(tagActions.mergeTagAction(idle, form({ id: source.id, targetId: target.id, confirm: 'yes' })));
    expect(location).toBe(`/admin/tags/${target.id}?done=merged`);
    expect(await tagsOf(both.slug)).toEqual([target.name]);
    expect(await tagsOf(onlySource.slug)).toEqual([target.name]);
    expect(await countOf('tag', target.id)).toBe(2);
    expect(await countOf('tag', source.id)).toBeUndefined();
    expect(await getRedirectTarget('tag', source.slug)).toBe(target.slug);
    expect(invalidated()).toEqual(expect.arrayContaining([`tag:${source.slug}`, `tag:${target.slug}`, `post:${both.slug}`, `post:${onlySource.slug}`, 'posts:lists']));
    expect((await auditOf('tag', source.id)).map((row) => row.action)).toEqual(['tag.merge']);

    // An editor whose form still says the merged tag's name gets the tag it became, not a new old one.
    const categoryId = (await listTerms('category')).find((term) => term.slug === 'design')!.id;
    const post = onlySource;
    const saved = await postActions.savePostAction(
      idle,
      form({ id: post.id, title: post.title, slug: post.slug, excerpt: 'An excerpt.', categoryId, tags: source.name, body: post.body, status: 'published', publishAt: '', publishAtIso: '', version: 1, stay: '1' }),
    );
    expect(saved).toMatchObject({ status: 'success' });
    expect(await tagsOf(post.slug)).toEqual([target.name]);
    expect((await listTerms('tag')).filter((tag) => tag.name === source.name)).toEqual([]);
  });

  it('renames a tag (old address redirects) and deletes tags either into another tag or just off their posts', async () => {
    await signInAs('admin');
    const tag = await insertTag(`Wrong spelin ${unique()}`);
    const post = await createPost();
    await tagPost(post.id, tag.id);
    const newSlug = `right-${unique()}`;
    await redirectedTo(tagActions.saveTagAction(idle, form({ id: tag.id, name: 'Right spelling', slug: newSlug, description: '' })));
    expect(await tagsOf(post.slug)).toEqual(['Right spelling']);
    expect(await getRedirectTarget('tag', tag.slug)).toBe(newSlug);
    expect(invalidated()).toEqual(expect.arrayContaining([`tag:${tag.slug}`, `tag:${newSlug}`, `post:${post.slug}`]));

    const other = await insertTag(`Replacement ${unique()}`);
    await redirectedTo(tagActions.deleteTagAction(idle, form({ id: tag.id, targetId: other.id, confirm: 'yes' })));
    expect(await tagsOf(post.slug)).toEqual([other.name]);
    expect(await getRedirectTarget('tag', tag.slug)).toBeNull();

    const unconfirmed = await tagActions.deleteTagAction(idle, form({ id: other.id, targetId: '' }));
    expect(unconfirmed.errors.confirm).toBe('Tick the box to confirm: this cannot be undone.');
    expect(await redirectedTo(tagActions.deleteTagAction(idle, form({ id: other.id, targetId: '', confirm: 'yes' })))).toBe('/admin/tags?done=deleted');
    expect(await tagsOf(post.slug)).toEqual([]);
    expect((await auditOf('tag', other.id)).at(-1)).toMatchObject({ action: 'tag.delete', details: { postsMovedTo: 'none' } });
  });

  it('leaves post redirects as they were: an old post slug still leads to the post', async () => {
    const post = await createPost();
    await db.execute(sql`insert into slug_redirects (old_slug, target_id) values (${`was-${post.slug}`}, ${post.id})`);
    expect(await getSlugRedirectTarget(`was-${post.slug}`)).toBe(post.slug);
    // The same old slug may be a category's too: each kind has its own addresses.
    const category = await insertCategory('Same slug');
    await db.execute(sql`insert into slug_redirects (kind, old_slug, target_id) values ('category', ${`was-${post.slug}`}, ${category.id})`);
    expect([await getSlugRedirectTarget(`was-${post.slug}`), await getRedirectTarget('category', `was-${post.slug}`)]).toEqual([post.slug, category.slug]);
  });
});
