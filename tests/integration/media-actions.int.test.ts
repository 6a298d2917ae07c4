import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { makePng } from '../support/images';
import { createPost } from '../factories/posts';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, form, idle, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

const session = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { updateMediaTextAction, deleteMediaAction } = await import('@/app/admin/media/actions');
const { savePostAction, setFeatureImageAction } = await import('@/app/admin/posts/actions');
const { setFrameworkLogoAction } = await import('@/app/admin/frameworks/actions');
const { acceptUpload } = await import('@/lib/media/upload');
const { getMediaItem } = await import('@/lib/data/media');

let sizes = 100;
/** A distinct image uploaded by `owner` (distinct bytes, so no two tests share one). */
async function upload(owner: { id: number }) {
  sizes += 1;
  return acceptUpload(new File([new Uint8Array(await makePng(sizes, 80))], `shot-${sizes}.png`, { type: 'image/png' }), owner);
}

const signIn = async (user: { id: number } | null) => {
  session.current = user ? await sessionFor(user) : null;
};

beforeEach(async () => {
  await signIn(null);
  updateTag.mockClear();
});

describe('updateMediaTextAction', () => {
  it('sends a visitor to sign in, and changes nothing', async () => {
    const owner = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    await expect(updateMediaTextAction(idle, form({ id: image.id, altText: 'x', caption: '' }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect((await getMediaItem(image.id))?.altText).toBe('');
  });

  it('refuses an author on someone else’s image (403)', async () => {
    const owner = await createTestUser({ role: 'author' });
    const other = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    await signIn(other);
    await expect(updateMediaTextAction(idle, form({ id: image.id, altText: 'x', caption: '' }))).rejects.toMatchObject(FORBIDDEN);
  });

  it('lets the uploader and an editor describe it, invalidating pages that show it, and audits', async () => {
    const owner = await createTestUser({ role: 'author' });
    const editor = await createTestUser({ role: 'editor' });
    const image = await upload(owner);
    await signIn(owner);
    expect(await updateMediaTextAction(idle, form({ id: image.id, altText: '  A   chart of sales ', caption: 'Q3' }))).toMatchObject({ status: 'success', values: { altText: 'A chart of sales' } });
    expect(updateTag).toHaveBeenCalledWith(`media:${image.hash}`);
    await signIn(editor);
    await updateMediaTextAction(idle, form({ id: image.id, altText: 'A sales chart', caption: '' }));
    expect(await getMediaItem(image.id)).toMatchObject({ altText: 'A sales chart', caption: '' });
    const audit = await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'media' and target_id = ${image.id} order by id`);
    expect(audit.map((row) => row.action)).toEqual(['media.upload', 'media.update', 'media.update']);
  });

  it('refuses text it cannot store, naming the field and keeping what was typed', async () => {
    const owner = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    await signIn(owner);
    const state = await updateMediaTextAction(idle, form({ id: image.id, altText: 'bad\u0000text', caption: 'kept' }));
    expect(state).toMatchObject({ status: 'error', values: { altText: 'bad\u0000text', caption: 'kept' }, errors: { altText: expect.stringContaining('Alt text') } });
  });
});

describe('deleteMediaAction', () => {
  it('sends a visitor to sign in, refuses another author, and refuses while in use naming the post', async () => {
    const owner = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    await expect(deleteMediaAction(idle, form({ id: image.id }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signIn(await createTestUser({ role: 'author' }));
    await expect(deleteMediaAction(idle, form({ id: image.id }))).rejects.toMatchObject(FORBIDDEN);

    await createPost({ title: 'Quarterly report', body: image.markdown });
    await signIn(owner);
    const refused = await deleteMediaAction(idle, form({ id: image.id }));
    expect(refused.status).toBe('error');
    expect(refused.message).toContain('post “Quarterly report” (body)');
    expect(await getMediaItem(image.id)).not.toBeNull();
  });

  it('lets an editor delete an unused image, and redirects to the library', async () => {
    const owner = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    await signIn(await createTestUser({ role: 'editor' }));
    await expect(deleteMediaAction(idle, form({ id: image.id }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/admin\/media\?deleted=/) });
    expect(await getMediaItem(image.id)).toBeNull();
    expect(updateTag).toHaveBeenCalledWith(`media:${image.hash}`);
  });
});

describe('setFeatureImageAction', () => {
  it('sends a visitor to sign in; refuses an author on another’s post; refuses an image without alt text', async () => {
    const owner = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    const post = await createPost({ authorId: owner.id });
    await expect(setFeatureImageAction(idle, form({ id: post.id, mediaId: image.id }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signIn(await createTestUser({ role: 'author' }));
    await expect(setFeatureImageAction(idle, form({ id: post.id, mediaId: image.id }))).rejects.toMatchObject(FORBIDDEN);
    await signIn(owner);
    expect(await setFeatureImageAction(idle, form({ id: post.id, mediaId: image.id }))).toMatchObject({ status: 'error', errors: { mediaId: expect.stringContaining('no alt text') } });
  });

  it('sets a described image as the post’s feature image, invalidating the post', async () => {
    const owner = await createTestUser({ role: 'author' });
    const image = await upload(owner);
    const post = await createPost({ authorId: owner.id });
    await signIn(owner);
    await updateMediaTextAction(idle, form({ id: image.id, altText: 'Our office', caption: '' }));
    expect(await setFeatureImageAction(idle, form({ id: post.id, mediaId: image.id }))).toMatchObject({ status: 'success' });
    expect(updateTag).toHaveBeenCalledWith(`post:${post.slug}`);
    const [row] = await db.execute<{ feature_media_id: number | null }>(sql`select feature_media_id from posts where id = ${post.id}`);
    expect(row!.feature_media_id).toBe(image.id);
    expect(await setFeatureImageAction(idle, form({ id: post.id, mediaId: 'abc' }))).toMatchObject({ status: 'error', values: { mediaId: 'abc' } });
  });
});

describe('setFrameworkLogoAction', () => {
  it('sends a visitor to sign in, refuses an author (403), and lets an editor set a described logo', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const image = await upload(editor);
    const [framework] = await db.execute<{ id: number; slug: string }>(sql`select id, slug from frameworks order by id limit 1`);
    const fields = { id: framework!.id, mediaId: image.id };
    await expect(setFrameworkLogoAction(idle, form(fields))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signIn(await createTestUser({ role: 'author' }));
    await expect(setFrameworkLogoAction(idle, form(fields))).rejects.toMatchObject(FORBIDDEN);
    await signIn(editor);
    expect(await setFrameworkLogoAction(idle, form(fields))).toMatchObject({ status: 'error', errors: { mediaId: expect.stringContaining('no alt text') } });
    await updateMediaTextAction(idle, form({ id: image.id, altText: 'The framework’s logo', caption: '' }));
    expect(await setFrameworkLogoAction(idle, form(fields))).toMatchObject({ status: 'success', message: 'Logo set.' });
    expect(updateTag).toHaveBeenCalledWith(`framework:${framework!.slug}`);
    const refused = await deleteMediaAction(idle, form({ id: image.id }));
    expect(refused.message).toMatch(/used in framework “.+” \(logo\)/);
  });
});

describe('publishing a post with a library image', () => {
  it('is refused until the image has alt text (in the library or the Markdown); a draft saves', async () => {
    const author = await createTestUser({ role: 'author' });
    const image = await upload(author);
    await signIn(author);
    const [category] = await db.execute<{ id: number }>(sql`select id from categories where slug = 'design'`);
    const fields = { id: '', title: 'With a screenshot', slug: '', excerpt: '', categoryId: category!.id, body: `Look:\n\n${image.markdown}`, status: 'published', publishAt: '', publishAtIso: '', version: 0 };
    const refused = await savePostAction(idle, form(fields));
    expect(refused).toMatchObject({ status: 'error', values: { body: fields.body }, errors: { body: expect.stringContaining(`no alt text (shot-${sizes}.png)`) } });
    await expect(savePostAction(idle, form({ ...fields, status: 'draft' }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    const ownAlt = image.markdown.replace('![]', '![The settings screen]');
    await expect(savePostAction(idle, form({ ...fields, slug: 'with-own-alt', body: ownAlt }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
  });
});
