import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { signerInto } from '../support/sessions';
import { FORBIDDEN, form, REDIRECT_TO_LOGIN } from '../support/action-calls';

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag: vi.fn(), refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { createPreviewLinkAction, revokePreviewLinkAction } = await import('@/app/admin/posts/preview-link-actions');
const { openPreview } = await import('@/lib/data/previews');

const idle = { status: 'idle' as const };
const tokenOf = (state: Awaited<ReturnType<typeof createPreviewLinkAction>>) => (state.status === 'created' ? state.link.split('/preview/')[1]! : '');

const signInAs = signerInto(session);

beforeEach(() => {
  session.current = null;
});

describe('preview links', () => {
  it('are made only by someone who may edit the post, for 1, 7 or 30 days, and audited', async () => {
    const draft = await createPost({ status: 'draft', publishedAt: null });
    await expect(createPreviewLinkAction(idle, form({ id: draft.id, days: 7, source: 'saved' }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signInAs('author');
    await expect(createPreviewLinkAction(idle, form({ id: draft.id, days: 7, source: 'saved' }))).rejects.toMatchObject(FORBIDDEN);
    await signInAs('editor');
    expect(await createPreviewLinkAction(idle, form({ id: draft.id, days: 3650, source: 'saved' }))).toEqual({ status: 'error', message: 'No link was made.', errors: { days: 'Link works for must be 1, 7 or 30 days.' } });
    const created = await createPreviewLinkAction(idle, form({ id: draft.id, days: 7, source: 'saved' }));
    expect(created).toMatchObject({ status: 'created', link: expect.stringMatching(/\/preview\/[A-Za-z0-9_-]{32}$/) });
    // Only a hash is kept: the token itself is nowhere in the database.
    const [stored] = await db.execute<{ token_hash: string }>(sql`select token_hash from preview_links where post_id = ${draft.id}`);
    expect(stored!.token_hash).not.toContain(tokenOf(created));
    const [audit] = await db.execute<{ action: string }>(sql`select action from audit_log where target_id = ${draft.id} and target_type = 'post'`);
    expect(audit!.action).toBe('post.preview_link_create');
  });

  it('show only the post they were made for, count their openings, and end when revoked, expired, trashed or published', async () => {
    const [a, b] = [await createPost({ status: 'draft', publishedAt: null, title: 'Draft A' }), await createPost({ status: 'draft', publishedAt: null, title: 'Draft B' })];
    await signInAs('editor');
    const forA = tokenOf(await createPreviewLinkAction(idle, form({ id: a.id, days: 1, source: 'saved' })));
    expect(await openPreview(forA, { record: true })).toMatchObject({ state: 'preview', title: 'Draft A' });
    const [opened] = await db.execute<{ open_count: number }>(sql`select open_count from preview_links where post_id = ${a.id}`);
    expect(opened!.open_count).toBe(1);

    // Revoking through post B's editor cannot touch post A's link.
    const [link] = await db.execute<{ id: number }>(sql`select id from preview_links where post_id = ${a.id}`);
    await expect(revokePreviewLinkAction(form({ id: b.id, linkId: link!.id }))).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    expect(await openPreview(forA, { record: false })).toMatchObject({ state: 'preview' });
    await revokePreviewLinkAction(form({ id: a.id, linkId: link!.id }));
    expect(await openPreview(forA, { record: false })).toEqual({ state: 'gone' });

    const forB = tokenOf(await createPreviewLinkAction(idle, form({ id: b.id, days: 1, source: 'saved' })));
    await db.execute(sql`update posts set status = 'published', published_at = now() - interval '1 second' where id = ${b.id}`);
    expect(await openPreview(forB, { record: false })).toEqual({ state: 'published', slug: b.slug });
    await db.execute(sql`update posts set deleted_at = now() where id = ${b.id}`);
    expect(await openPreview(forB, { record: false })).toEqual({ state: 'gone' });
    expect(await openPreview('not-a-token', { record: false })).toEqual({ state: 'gone' });
  });
});
