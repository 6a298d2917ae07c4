import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { form, idle } from '../support/action-calls';
import { signerInto } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag, refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const actions = await import('@/app/admin/posts/actions');
const { listRelatedPosts } = await import('@/lib/data/related-posts');
const { getPostBySlug } = await import('@/lib/data/posts');

const signInAs = signerInto(session);

async function categoryId(slug: string): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from categories where slug = ${slug}`);
  return row!.id;
}

/** Saves `post` through the editor's action, as a published post with these tags and body. */
async function save(post: { id: number; title: string; slug: string }, version: number, { tags, body, status = 'published' }: { tags: string; body: string; status?: string }) {
  const answer = await actions.savePostAction(
    idle,
    form({ id: post.id, title: post.title, slug: post.slug, excerpt: 'An excerpt.', categoryId: await categoryId('design'), tags, body, status, publishAt: '', publishAtIso: '', version, stay: '1' }),
  );
  expect(answer.status).toBe('success');
}

const relatedSlugs = async (postId: number) => (await listRelatedPosts(postId)).map((post) => post.slug);
const expiredPosts = () => updateTag.mock.calls.map(([tag]) => String(tag)).filter((tag) => tag.startsWith('post:'));

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
});

describe('related posts', () => {
  it('are there for the seeded flagship post, three of them, none of them itself', async () => {
    const top = await getPostBySlug('top-10-backend-frameworks-2024');
    const related = await relatedSlugs((await db.execute<{ id: number }>(sql`select id from posts where slug = ${top!.slug}`))[0]!.id);
    expect(related).toHaveLength(3);
    expect(related).not.toContain(top!.slug);
  });

  it('are worked out when a post is saved: shared tags and wording first, and the pages whose list changed expire', async () => {
    const word = `quokkaserver${Date.now()}`;
    const tagA = `Marsupial stacks ${Date.now()}`;
    const tagB = `Burrow APIs ${Date.now()}`;
    const first = await createPost({ publishedAt: new Date('2016-02-01T10:00:00Z'), body: 'Nothing yet.' });
    // A draft until its save below: no list can hold it before.
    const second = await createPost({ status: 'draft', publishedAt: new Date('2016-02-02T10:00:00Z'), body: 'Nothing yet.' });
    await signInAs('editor');
    await save(first, 1, { tags: `${tagA}, ${tagB}`, body: `${word} handles ${word}-scale traffic with burrowing queues.` });
    updateTag.mockClear();
    await save(second, 1, { tags: `${tagA}, ${tagB}`, body: `Tuning ${word} burrowing queues for traffic.` });
    expect((await relatedSlugs(first.id))[0]).toBe(second.slug);
    expect((await relatedSlugs(second.id))[0]).toBe(first.slug);
    // The first post never changed, yet its page now lists the second: it expired too.
    expect(expiredPosts()).toEqual(expect.arrayContaining([`post:${first.slug}`, `post:${second.slug}`]));
  });

  it('leave out drafts and trashed posts, and drop a post once it is trashed', async () => {
    const word = `wombatcache${Date.now()}`;
    const tag = `Wombat ${Date.now()}`;
    const reader = await createPost({ publishedAt: new Date('2016-03-01T10:00:00Z') });
    const draft = await createPost({ status: 'draft', publishedAt: null });
    const other = await createPost({ publishedAt: new Date('2016-03-02T10:00:00Z') });
    await signInAs('editor');
    await save(draft, 1, { tags: tag, body: `${word} in a draft.`, status: 'draft' });
    await save(other, 1, { tags: tag, body: `${word} published.` });
    await save(reader, 1, { tags: tag, body: `${word} read here.` });
    expect(await relatedSlugs(reader.id)).not.toContain(draft.slug);
    expect((await relatedSlugs(reader.id))[0]).toBe(other.slug);
    updateTag.mockClear();
    await expect(actions.trashPostAction(form({ id: other.id }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(await relatedSlugs(reader.id)).not.toContain(other.slug);
    expect(expiredPosts()).toContain(`post:${reader.slug}`);
  });
});
