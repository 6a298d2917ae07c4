import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { signerInto } from '../support/sessions';
import { FORBIDDEN, form, idle, REDIRECT_TO_LOGIN } from '../support/action-calls';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag, refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const actions = await import('@/app/admin/posts/actions');
const { getPostBySlug } = await import('@/lib/data/posts');
const { listRevisions, getRevision } = await import('@/lib/data/revisions');
const { getWorkingCopy } = await import('@/lib/data/working-copies');

const PARAGRAPHS = ['First paragraph, as it was.', 'Second paragraph, as it was.', 'Third paragraph, as it was.'];
const BODY = PARAGRAPHS.join('\n\n');

const signInAs = signerInto(session);

async function categoryId(): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from categories where slug = 'design'`);
  return row!.id;
}

/** The editor's form for a post as stored at `version`, with some fields changed. */
async function editorForm(post: { id: number; title: string; slug: string }, version: number, changes: Record<string, string> = {}) {
  return form({ id: post.id, title: post.title, slug: post.slug, excerpt: 'An excerpt.', categoryId: await categoryId(), body: BODY, status: 'published', publishAt: '', publishAtIso: '', version, ...changes });
}

const stored = async (id: number) => (await db.execute<{ body: string; slug: string; title: string; version: number }>(sql`select body, slug, title, version from posts where id = ${id}`))[0]!;
const auditActions = async (id: number) => (await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'post' and target_id = ${id} order by id`)).map((row) => row.action);

/** A save that went through: the action redirects (no JavaScript) to the editor with `?saved=`. */
async function saved(run: Promise<unknown>): Promise<string | null> {
  const outcome = await run.then(
    () => null,
    (error: { digest?: string }) => error.digest ?? null,
  );
  return outcome && /\?saved=\d+/.test(outcome) ? outcome : null;
}

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
});

describe('saving a post that someone else saved meanwhile', () => {
  it('merges two edits of different paragraphs: both are kept, and the revision records both', async () => {
    const post = await createPost({ body: BODY });
    await signInAs('editor');
    const mine = await editorForm(post, 1, { body: BODY.replace(PARAGRAPHS[0]!, 'First paragraph, reworded by me.') });
    const theirs = await editorForm(post, 1, { body: BODY.replace(PARAGRAPHS[2]!, 'Third paragraph, reworded by them.'), title: 'A title they changed' });
    expect(await saved(actions.savePostAction(idle, theirs))).toMatch(/\?saved=2;/);
    expect(await saved(actions.savePostAction(idle, mine))).toMatch(/\?saved=3&merged=2;/);

    const expected = ['First paragraph, reworded by me.', PARAGRAPHS[1], 'Third paragraph, reworded by them.'].join('\n\n');
    expect(await stored(post.id)).toMatchObject({ body: expected, title: 'A title they changed', version: 3 });
    const [latest] = await listRevisions('post', post.id);
    expect((await getRevision<{ body: string }>('post', post.id, latest!.id))!.content.body).toBe(expected);
    expect(await auditActions(post.id)).toEqual(['post.update', 'post.update']);
  });

  it('refuses an edit that overlaps the other, naming the field, keeping the text as typed, and writing nothing', async () => {
    const post = await createPost({ body: BODY });
    await signInAs('editor');
    await saved(actions.savePostAction(idle, await editorForm(post, 1, { body: BODY.replace('Second paragraph', 'Their second paragraph') })));
    const before = await stored(post.id);
    const mine = BODY.replace('Second paragraph', 'My second paragraph');
    const state = await actions.savePostAction(idle, await editorForm(post, 1, { body: mine }));
    expect(state).toMatchObject({ status: 'error', values: { body: mine }, conflict: { currentVersion: 2 } });
    expect(state.message).toMatch(/changed the same parts you did \(Body\)/);
    expect(await stored(post.id)).toEqual(before);
  });

  it('loses no update in 100 trials of two concurrent saves through the real action', async () => {
    const post = await createPost({ body: BODY });
    await signInAs('editor');
    const accepted: string[] = [];
    const refusedAndReturned: string[] = [];
    for (let trial = 1; trial <= 100; trial++) {
      const { version, body } = await stored(post.id);
      const paragraphs = body.split('\n\n');
      // Different paragraphs most of the time; the same one every fifth trial, where one of the two must be refused.
      const a = `Trial ${trial}: first paragraph by A.`;
      const b = trial % 5 === 0 ? `Trial ${trial}: first paragraph by B.` : `Trial ${trial}: third paragraph by B.`;
      const bodyA = [a, paragraphs[1], paragraphs[2]].join('\n\n');
      const bodyB = trial % 5 === 0 ? [b, paragraphs[1], paragraphs[2]].join('\n\n') : [paragraphs[0], paragraphs[1], b].join('\n\n');
      const [first, second] = await Promise.all(
        [bodyA, bodyB].map(async (text, index) => {
          const answer = await actions.savePostAction(idle, await editorForm(post, version, { body: text })).catch((error: { digest?: string }) => error);
          return { text, marker: index === 0 ? a : b, answer };
        }),
      );
      for (const { marker, answer } of [first!, second!]) {
        if ('digest' in answer && /\?saved=/.test(String(answer.digest))) accepted.push(marker);
        else if ('values' in answer && answer.values.body?.includes(marker)) refusedAndReturned.push(marker);
        else throw new Error(`trial ${trial}: an answer that is neither a save nor a refusal with the text: ${JSON.stringify(answer)}`);
      }
    }
    // Every accepted text is in a revision; every refused one came back to its author as typed.
    const revisions = await listRevisions('post', post.id);
    const texts = await Promise.all(revisions.map(async (revision) => (await getRevision<{ body: string }>('post', post.id, revision.id))!.content.body));
    const lost = accepted.filter((marker) => !texts.some((text) => text.includes(marker)));
    expect(lost).toEqual([]);
    expect(accepted.length + refusedAndReturned.length).toBe(200);
    expect(refusedAndReturned.length).toBe(20);
    expect((await stored(post.id)).version).toBe(1 + accepted.length);
  });
});

describe('restoring a revision', () => {
  it('keeps the slug unless the author asks for the old one', async () => {
    const post = await createPost({ body: 'First wording.', slug: 'first-address' });
    await signInAs('editor');
    await saved(actions.savePostAction(idle, await editorForm(post, 1, { body: 'Second wording.', slug: 'second-address' })));
    const [, first] = await listRevisions('post', post.id);

    await expect(actions.restoreRevisionAction(form({ id: post.id, revisionId: first!.id }))).rejects.toMatchObject({ digest: expect.stringMatching(/\?restored=3;/) });
    expect(await stored(post.id)).toMatchObject({ body: 'First wording.', slug: 'second-address' });

    await expect(actions.restoreRevisionAction(form({ id: post.id, revisionId: first!.id, withSlug: 'on' }))).rejects.toMatchObject({ digest: expect.stringMatching(/\?restored=4;/) });
    expect(await stored(post.id)).toMatchObject({ slug: 'first-address' });
    // The address readers had meanwhile keeps working.
    expect(updateTag.mock.calls.flat()).toEqual(expect.arrayContaining(['post:second-address', 'post:first-address']));
  });
});

describe('autosave', () => {
  it('keeps a working copy without a revision, a new version or any change readers see, and the save replaces it', async () => {
    const post = await createPost({ body: BODY });
    const editor = await signInAs('editor');
    const typed = await editorForm(post, 1, { body: `${BODY}\n\nA fourth paragraph, half writ`, title: '' });
    expect(await actions.autosavePostAction(typed)).toMatchObject({ ok: true, keptAt: expect.any(String) });
    expect(await actions.autosavePostAction(typed)).toMatchObject({ ok: true });

    expect(await getWorkingCopy({ kind: 'post', itemId: post.id, userId: editor.id })).toMatchObject({ baseVersion: 1, fields: { body: `${BODY}\n\nA fourth paragraph, half writ`, title: '' } });
    expect(await stored(post.id)).toMatchObject({ body: BODY, version: 1 });
    expect((await getPostBySlug(post.slug))!.body).toBe(BODY);
    expect(await listRevisions('post', post.id)).toEqual([]);
    expect(updateTag).not.toHaveBeenCalled();
    // One audit entry for the stretch of editing, not one per autosave.
    expect(await auditActions(post.id)).toEqual(['post.autosave']);

    await saved(actions.savePostAction(idle, await editorForm(post, 1, { body: `${BODY}\n\nA fourth paragraph, finished.` })));
    expect(await getWorkingCopy({ kind: 'post', itemId: post.id, userId: editor.id })).toBeNull();
  });

  it('is discarded on request, and keeps each person’s copy apart', async () => {
    const post = await createPost({ body: BODY });
    const one = await signInAs('editor');
    await actions.autosavePostAction(await editorForm(post, 1, { body: 'One’s text' }));
    const two = await signInAs('editor');
    await actions.autosavePostAction(await editorForm(post, 1, { body: 'Two’s text' }));
    expect(await actions.discardPostChangesAction(form({ id: post.id }))).toEqual({ ok: true });
    expect(await getWorkingCopy({ kind: 'post', itemId: post.id, userId: two.id })).toBeNull();
    expect((await getWorkingCopy({ kind: 'post', itemId: post.id, userId: one.id }))!.fields.body).toBe('One’s text');
    expect(await auditActions(post.id)).toEqual(['post.autosave', 'post.autosave', 'post.discard_changes']);
  });

  it('refuses text PostgreSQL cannot store, naming the field, and refuses people who may not edit the post', async () => {
    const post = await createPost({ body: BODY });
    await expect(actions.autosavePostAction(await editorForm(post, 1))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await signInAs('author');
    await expect(actions.autosavePostAction(await editorForm(post, 1))).rejects.toMatchObject(FORBIDDEN);
    await expect(actions.discardPostChangesAction(form({ id: post.id }))).rejects.toMatchObject(FORBIDDEN);
    const editor = await signInAs('editor');
    expect(await actions.autosavePostAction(await editorForm(post, 1, { excerpt: 'Bad \u0000 byte' }))).toEqual({ ok: false, offline: false, message: 'Not autosaved: Excerpt contains a NUL character, which cannot be stored.' });
    expect(await getWorkingCopy({ kind: 'post', itemId: post.id, userId: editor.id })).toBeNull();
  });
});

describe('a save from the editor’s script', () => {
  it('stays on the page: it answers with the new version and the slug it made, instead of redirecting', async () => {
    const post = await createPost({ body: BODY });
    await signInAs('editor');
    const data = await editorForm(post, 1, { body: `${BODY}\n\nMore.`, slug: '', title: 'Made from the title' });
    data.set('stay', '1');
    const state = await actions.savePostAction(idle, data);
    expect(state).toMatchObject({ status: 'success', saved: { itemId: post.id, version: 2, editHref: `/admin/posts/${post.id}` } });
    expect(state.saved!.settled).toEqual({ slug: 'made-from-the-title' });
  });

  it('after a merge, hands the editor the merged text, so the author goes on from what is stored', async () => {
    const post = await createPost({ body: BODY });
    await signInAs('editor');
    await saved(actions.savePostAction(idle, await editorForm(post, 1, { body: BODY.replace(PARAGRAPHS[0]!, 'Theirs first.') })));
    const data = await editorForm(post, 1, { body: BODY.replace(PARAGRAPHS[2]!, 'Mine third.') });
    data.set('stay', '1');
    const state = await actions.savePostAction(idle, data);
    expect(state.message).toBe('Saved as version 3. Someone else had saved version 2 meanwhile; their changes and yours are both in it.');
    expect(state.saved!.settled).toEqual({ body: ['Theirs first.', PARAGRAPHS[1], 'Mine third.'].join('\n\n') });
  });
});
