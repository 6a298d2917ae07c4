import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { createTestUser } from '../factories/users';
import { form, idle, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { makePng } from '../support/images';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag, refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { saveProfileAction } = await import('@/app/admin/account/actions');
const { getOwnProfile, getPublicAuthor, listPublicAuthors } = await import('@/lib/data/authors');
const { listPosts, getPostBySlug } = await import('@/lib/data/posts');
const { createUser, freeAuthorSlug } = await import('@/lib/data/users');
const { acceptUpload } = await import('@/lib/media/upload');
const { listMediaUsage } = await import('@/lib/data/media');

const signIn = async (user: { id: number } | null) => {
  session.current = user ? await sessionFor(user) : null;
};

let sizes = 300;
async function upload(owner: { id: number }) {
  sizes += 1;
  return acceptUpload(new File([new Uint8Array(await makePng(sizes, 90))], `portrait-${sizes}.png`, { type: 'image/png' }), owner);
}

const profileForm = (fields: { name: string; bio?: string; avatarMediaId?: number | string }) =>
  form({ name: fields.name, bio: fields.bio ?? '', avatarMediaId: fields.avatarMediaId === undefined ? '' : String(fields.avatarMediaId) });

beforeEach(async () => {
  await signIn(null);
  updateTag.mockClear();
});

describe('author slugs', () => {
  it('are made from the name once, numbered when taken, and "author" for a name without letters', async () => {
    const name = `Zoë Ångström ${Date.now()}`;
    const first = await createTestUser();
    await db.execute(sql`update users set name = ${name} where id = ${first.id}`);
    const a = await createUser({ email: `a-${Date.now()}@example.com`, name, role: 'author', passwordHash: 'x' });
    const b = await createUser({ email: `b-${Date.now()}@example.com`, name, role: 'author', passwordHash: 'x' });
    const [slugA, slugB] = await Promise.all([getOwnProfile(a.id), getOwnProfile(b.id)]);
    expect(slugA?.slug).toMatch(/^zoe-angstrom-\d+$/);
    expect(slugB?.slug).toBe(`${slugA!.slug}-2`);
    expect(await freeAuthorSlug('🙂🙂')).toMatch(/^author(-\d+)?$/);
  });

  it('hold when many people with one name are created at once', async () => {
    const name = `Same Name ${Date.now()}`;
    const created = await Promise.all(Array.from({ length: 6 }, (_, i) => createUser({ email: `same-${i}-${Date.now()}@example.com`, name, role: 'author', passwordHash: 'x' })));
    const slugs = await Promise.all(created.map(async (user) => (await getOwnProfile(user.id))!.slug));
    expect(new Set(slugs).size).toBe(6);
  });

  it('were given to people who existed before the migration, and the seeded author is /author/annie', async () => {
    const [row] = await db.execute<{ missing: number }>(sql`select count(*)::int as missing from users where slug is null or slug = ''`);
    expect(row!.missing).toBe(0);
    const annie = await getPublicAuthor('annie');
    expect(annie?.name).toBe('Annie');
    expect((await getPostBySlug('top-10-backend-frameworks-2024'))?.authorSlug).toBe('annie');
  });
});

describe('author pages', () => {
  it('exist only for someone with a public post, and list only their public posts', async () => {
    const writer = await createTestUser();
    const { slug } = (await getOwnProfile(writer.id))!;
    expect(await getPublicAuthor(slug)).toBeNull();
    await createPost({ authorId: writer.id, status: 'draft' });
    expect(await getPublicAuthor(slug)).toBeNull();
    const published = await createPost({ authorId: writer.id, publishedAt: new Date('2016-03-01T10:00:00Z') });
    expect(await getPublicAuthor(slug)).toMatchObject({ slug, name: 'Test User' });
    const listed = await listPosts({ authorSlug: slug });
    expect(listed.items.map((item) => item.slug)).toEqual([published.slug]);
    expect(listed.total).toBe(1);
    expect((await listPublicAuthors()).map((author) => author.slug)).toContain(slug);
  });
});

describe('the account page', () => {
  it('saves the person’s own name, bio and portrait, keeps the slug, and expires their pages', async () => {
    const writer = await createTestUser();
    const before = (await getOwnProfile(writer.id))!;
    const image = await upload(writer);
    await signIn(writer);
    const answer = await saveProfileAction(idle, profileForm({ name: 'Rosa Díaz', bio: 'Writes about Go.\nLives in Lisbon.', avatarMediaId: image.id }));
    expect(answer.status).toBe('success');
    expect(await getOwnProfile(writer.id)).toEqual({ slug: before.slug, name: 'Rosa Díaz', bio: 'Writes about Go.\nLives in Lisbon.', avatarMediaId: image.id });
    const expired = updateTag.mock.calls.map(([tag]) => tag);
    expect(expired).toEqual(expect.arrayContaining([`author:${before.slug}`, 'posts:lists', 'search']));
    // The portrait counts as a use: the library will not delete it from under the author page.
    expect(await listMediaUsage(image.id, image.hash)).toEqual([expect.objectContaining({ kind: 'author', as: 'portrait', slug: before.slug })]);
    const [audit] = await db.execute<{ action: string }>(sql`select action from audit_log where actor_id = ${writer.id} order by id desc limit 1`);
    expect(audit?.action).toBe('user.profile');
  });

  it('refuses bad input naming the field, keeps what was typed, and stores nothing', async () => {
    const writer = await createTestUser();
    const before = await getOwnProfile(writer.id);
    await signIn(writer);
    const cases: Array<[Parameters<typeof profileForm>[0], 'name' | 'bio' | 'avatarMediaId', RegExp]> = [
      [{ name: '' }, 'name', /Name is required/],
      [{ name: 'Line\nbreak' }, 'name', /Name must be on one line/],
      [{ name: 'Ok', bio: 'nul \u0000 here' }, 'bio', /Bio contains a NUL/],
      [{ name: 'Ok', bio: 'x'.repeat(601) }, 'bio', /Bio must be at most 600 characters/],
      [{ name: 'Ok', avatarMediaId: 'abc' }, 'avatarMediaId', /Portrait must be one of the images listed/],
      [{ name: 'Ok', avatarMediaId: 2_000_000 }, 'avatarMediaId', /Portrait must be one of the images listed/],
    ];
    for (const [fields, field, message] of cases) {
      const answer = await saveProfileAction(idle, profileForm(fields));
      expect(answer.status).toBe('error');
      expect(answer.errors[field]).toMatch(message);
      expect(answer.values.name).toBe(fields.name);
    }
    expect(await getOwnProfile(writer.id)).toEqual(before);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('lets an author pick only their own uploads as a portrait; an editor any', async () => {
    const owner = await createTestUser();
    const someoneElse = await createTestUser();
    const editor = await createTestUser({ role: 'editor' });
    const image = await upload(owner);
    await signIn(someoneElse);
    const refused = await saveProfileAction(idle, profileForm({ name: 'Other', avatarMediaId: image.id }));
    expect(refused.errors.avatarMediaId).toMatch(/one of the images listed/);
    expect((await getOwnProfile(someoneElse.id))?.avatarMediaId).toBeNull();
    await signIn(editor);
    expect((await saveProfileAction(idle, profileForm({ name: 'Editor', avatarMediaId: image.id }))).status).toBe('success');
  });

  it('needs a session', async () => {
    await expect(saveProfileAction(idle, profileForm({ name: 'Nobody' }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
  });
});
