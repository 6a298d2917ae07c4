import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { form, idle } from '../support/action-calls';
import { signerInto } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag: vi.fn(), refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const actions = await import('@/app/admin/posts/actions');
const { getPostBySlug, listPosts } = await import('@/lib/data/posts');
const { getPublicTag, listTagCounts } = await import('@/lib/data/tags');
const { restorePostRevision } = await import('@/lib/data/post-editing');
const { listRevisions } = await import('@/lib/data/revisions');

const signInAs = signerInto(session);

async function designCategory(): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from categories where slug = 'design'`);
  return row!.id;
}

/** The editor's form for `post` at `version`, tags as typed, saved in place (as the editor does with JavaScript). */
async function editorForm(post: { id: number; title: string; slug: string; body: string }, version: number, tags: string, status = 'published') {
  return form({ id: post.id, title: post.title, slug: post.slug, excerpt: 'An excerpt.', categoryId: await designCategory(), tags, body: post.body, status, publishAt: '', publishAtIso: '', version, stay: '1' });
}

const tagNames = async (slug: string) => (await getPostBySlug(slug))?.tags.map((tag) => tag.name);

beforeEach(() => {
  session.current = null;
});

describe('tags', () => {
  it('are saved from the editor as typed: trimmed, one per name, the first spelling winning', async () => {
    const post = await createPost();
    await signInAs('editor');
    const answer = await actions.savePostAction(idle, await editorForm(post, 1, ' Quokkas ,  Rest  APIs, quokkas,, '));
    expect(answer.status).toBe('success');
    expect(await tagNames(post.slug)).toEqual(['Quokkas', 'Rest APIs']);
    expect(answer.saved?.settled.tags).toBe('Quokkas, Rest APIs');
  });

  it('join an existing tag in its own spelling, and list the post on its page', async () => {
    const post = await createPost({ title: 'Another backend post' });
    await signInAs('editor');
    await actions.savePostAction(idle, await editorForm(post, 1, 'backend'));
    expect(await tagNames(post.slug)).toEqual(['Backend']);
    const listed = await listPosts({ tagSlug: 'backend' });
    expect(listed.items.map((item) => item.slug)).toEqual(expect.arrayContaining([post.slug, 'top-10-backend-frameworks-2024']));
    expect(listed.items.every((item) => item.tags.some((tag) => tag.slug === 'backend'))).toBe(true);
  });

  it('can all be removed, and the revision history keeps what they were', async () => {
    const post = await createPost();
    await signInAs('editor');
    await actions.savePostAction(idle, await editorForm(post, 1, 'Ephemeral'));
    await actions.savePostAction(idle, await editorForm(post, 2, ''));
    expect(await tagNames(post.slug)).toEqual([]);
    const [, version2] = await listRevisions('post', post.id);
    const user = await signInAs('editor');
    expect((await restorePostRevision(post.id, version2!.id, user)).ok).toBe(true);
    expect(await tagNames(post.slug)).toEqual(['Ephemeral']);
  });

  it('stay as they are when a form without the Tags field is saved (a page from before tags, during a deploy)', async () => {
    const post = await createPost();
    await signInAs('editor');
    await actions.savePostAction(idle, await editorForm(post, 1, 'Keepsake'));
    const withoutTags = await editorForm({ ...post, body: 'Edited on an old page.' }, 2, '');
    withoutTags.delete('tags');
    expect((await actions.savePostAction(idle, withoutTags)).status).toBe('success');
    expect(await getPostBySlug(post.slug)).toMatchObject({ body: 'Edited on an old page.', tags: [{ slug: 'keepsake', name: 'Keepsake' }] });
  });

  it('refuse names that would share an address or have no letters, naming the field and keeping what was typed', async () => {
    const post = await createPost();
    await signInAs('editor');
    for (const [typed, message] of [
      ['C++, C#', '“C++” and “C#” would share the address /tag/c'],
      ['Fine, ???', '“???” needs at least one letter or digit'],
      [Array.from({ length: 21 }, (_, i) => `tag ${i}`).join(', '), 'at most 20 per post (there are 21)'],
    ] as const) {
      const answer = await actions.savePostAction(idle, await editorForm(post, 1, typed));
      expect(answer.status).toBe('error');
      expect(answer.errors.tags).toContain(message);
      expect(answer.values.tags).toBe(typed);
    }
    expect(await tagNames(post.slug)).toEqual([]);
    expect((await db.execute<{ version: number }>(sql`select version from posts where id = ${post.id}`))[0]!.version).toBe(1);
  });

  it("of drafts stay hidden from readers: no page, no count, until a public post carries them", async () => {
    const draft = await createPost({ status: 'draft' });
    await signInAs('editor');
    await actions.savePostAction(idle, await editorForm(draft, 1, 'Secret launch', 'draft'));
    expect(await getPublicTag('secret-launch')).toBeNull();
    expect((await listTagCounts()).map((tag) => tag.slug)).not.toContain('secret-launch');
    const published = await createPost();
    await actions.savePostAction(idle, await editorForm(published, 1, 'Secret launch'));
    expect(await getPublicTag('secret-launch')).toMatchObject({ name: 'Secret launch' });
    expect(await listTagCounts()).toContainEqual({ slug: 'secret-launch', name: 'Secret launch', postCount: 1 });
  });

  it('come with the seeded content', async () => {
    expect(await tagNames('top-10-backend-frameworks-2024')).toEqual(['APIs', 'Backend', 'Frameworks']);
  });
});
