import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { idleState } from '@/lib/forms/form-state';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, form } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const cache = vi.hoisted(() => ({ refresh: vi.fn(), updateTag: vi.fn() }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), ...cache }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const actions = await import('@/app/admin/comments/actions');
const { getDashboardCounts } = await import('@/lib/data/dashboard');

const SLUG = 'local-seo-basics-for-small-businesses';

async function seedComment(fields: { status?: string; email?: string; body?: string } = {}): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`
    insert into comments (target_kind, target_id, author_name, email, body, status)
    select 'post', id, 'Reader', ${fields.email ?? 'reader@example.com'}, ${fields.body ?? `Comment ${Math.random()}`}, ${fields.status ?? 'pending'}::comment_status
    from posts where slug = ${SLUG} returning id`);
  return row!.id;
}

const statusOf = async (id: number) => (await db.execute<{ status: string }>(sql`select status from comments where id = ${id}`))[0]?.status ?? null;
const auditActions = async () => (await db.execute<{ action: string }>(sql`select action from audit_log order by id`)).map((row) => row.action);

async function signInAs(role: 'admin' | 'editor' | 'author') {
  const user = await createTestUser({ role });
  session.current = await sessionFor(user);
  return user;
}

const LOGIN = { digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) };

beforeEach(async () => {
  session.current = null;
  cache.refresh.mockClear();
  cache.updateTag.mockClear();
  await db.execute(sql`truncate comments, blocked_words, audit_log, rate_limit_attempts restart identity`);
});

describe('moderateCommentsAction', () => {
  it('sends a visitor to sign in and refuses an author, changing nothing', async () => {
    const id = await seedComment();
    await expect(actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'approve', ids: [String(id)] }))).rejects.toMatchObject(LOGIN);
    await signInAs('author');
    await expect(actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'approve', ids: [String(id)] }))).rejects.toMatchObject(FORBIDDEN);
    expect(await statusOf(id)).toBe('pending');
    expect(await auditActions()).toEqual([]);
  });

  it('lets an editor approve, spam, trash and delete in bulk, refreshing the page and auditing each', async () => {
    await signInAs('editor');
    const [a, b, c] = [await seedComment(), await seedComment(), await seedComment()];
    expect(await getDashboardCounts()).toMatchObject({ pendingComments: 3 });
    expect(await actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'approve', ids: [String(a), String(b)] }))).toMatchObject({ status: 'success', message: '2 comments approved.' });
    expect([await statusOf(a), await statusOf(b), await statusOf(c)]).toEqual(['approved', 'approved', 'pending']);
    expect(cache.updateTag).toHaveBeenCalledWith(`comments:post:${SLUG}`);
    expect(cache.updateTag).toHaveBeenCalledWith('comments:counts');
    await actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'spam', ids: [String(c)] }));
    await actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'trash', ids: [String(a)] }));
    await actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'delete', ids: [String(b)] }));
    expect([await statusOf(a), await statusOf(b), await statusOf(c)]).toEqual(['trash', null, 'spam']);
    expect(await auditActions()).toEqual(['comment.approve', 'comment.spam', 'comment.trash', 'comment.delete']);
    expect(await getDashboardCounts()).toMatchObject({ pendingComments: 0 });
  });

  it('answers a form without ticked comments or with a bad operation with a message', async () => {
    await signInAs('editor');
    expect(await actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'approve' }))).toMatchObject({ status: 'error', message: 'Tick at least one comment.' });
    expect(await actions.moderateCommentsAction({ status: 'idle' }, form({ operation: 'explode', ids: ['1'] }))).toMatchObject({ status: 'error' });
  });
});

describe('editCommentAction and replyAsStaffAction', () => {
  it('refuse a visitor and an author', async () => {
    const id = await seedComment({ status: 'approved' });
    for (const action of [actions.editCommentAction, actions.replyAsStaffAction]) {
      session.current = null;
      await expect(action(idleState(), form({ id: String(id), body: 'Changed' }))).rejects.toMatchObject(LOGIN);
      await signInAs('author');
      await expect(action(idleState(), form({ id: String(id), body: 'Changed' }))).rejects.toMatchObject(FORBIDDEN);
    }
    expect((await db.execute(sql`select 1 from comments`)).length).toBe(1);
  });

  it('let an editor correct the text (same rules as readers) and reply with the Author badge', async () => {
    const editor = await signInAs('editor');
    const id = await seedComment({ status: 'approved', body: 'Teh typo' });
    expect(await actions.editCommentAction(idleState(), form({ id: String(id), body: '<b>x</b>' }))).toMatchObject({ status: 'error', errors: { body: expect.stringContaining('HTML') } });
    expect(await actions.editCommentAction(idleState(), form({ id: String(id), body: 'The typo' }))).toMatchObject({ status: 'success' });
    await expect(actions.replyAsStaffAction(idleState(), form({ id: String(id), body: 'Thanks for reading!' }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/admin\/comments/) });
    const rows = await db.execute<{ body: string; status: string; user_id: number | null; parent_id: number | null }>(sql`select body, status, user_id, parent_id from comments order by id`);
    expect(rows).toEqual([
      { body: 'The typo', status: 'approved', user_id: null, parent_id: null },
      { body: 'Thanks for reading!', status: 'approved', user_id: editor.id, parent_id: id },
    ]);
    expect(await auditActions()).toEqual(['comment.edit', 'comment.reply']);
    await expect(actions.editCommentAction(idleState(), form({ id: '999999', body: 'x' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });
});

describe('blocked words', () => {
  it('refuse a visitor and an author', async () => {
    await expect(actions.addBlockedWordAction(idleState(), form({ word: 'casino' }))).rejects.toMatchObject(LOGIN);
    await signInAs('author');
    await expect(actions.addBlockedWordAction(idleState(), form({ word: 'casino' }))).rejects.toMatchObject(FORBIDDEN);
    await expect(actions.removeBlockedWordAction(form({ id: '1' }))).rejects.toMatchObject(FORBIDDEN);
    expect((await db.execute(sql`select 1 from blocked_words`)).length).toBe(0);
  });

  it('let an editor add (once) and remove a word', async () => {
    await signInAs('editor');
    expect(await actions.addBlockedWordAction(idleState(), form({ word: ' Casino ' }))).toMatchObject({
      status: 'error',
      values: { word: ' Casino ' },
      errors: { word: 'Blocked word must not start or end with a space.' },
    });
    expect(await actions.addBlockedWordAction(idleState(), form({ word: 'Casino' }))).toMatchObject({ status: 'success' });
    expect(await actions.addBlockedWordAction(idleState(), form({ word: 'CASINO' }))).toMatchObject({ status: 'error', errors: { word: expect.stringContaining('already on the list') } });
    expect(await actions.addBlockedWordAction(idleState(), form({ word: '  ' }))).toMatchObject({ status: 'error', errors: { word: 'Blocked word is required.' } });
    const [row] = await db.execute<{ id: number; word: string }>(sql`select id, word from blocked_words`);
    expect(row!.word).toBe('Casino');
    await actions.removeBlockedWordAction(form({ id: String(row!.id) }));
    expect((await db.execute(sql`select 1 from blocked_words`)).length).toBe(0);
    expect(await auditActions()).toEqual(['comment.block_word', 'comment.unblock_word']);
  });
});

describe('eraseCommentsByEmailAction', () => {
  it('is for admins only', async () => {
    await seedComment({ email: 'private@example.com' });
    await expect(actions.eraseCommentsByEmailAction(idleState(), form({ email: 'private@example.com', confirm: 'yes' }))).rejects.toMatchObject(LOGIN);
    await signInAs('editor');
    await expect(actions.eraseCommentsByEmailAction(idleState(), form({ email: 'private@example.com', confirm: 'yes' }))).rejects.toMatchObject(FORBIDDEN);
    expect((await db.execute(sql`select 1 from comments`)).length).toBe(1);
  });

  it('erases every comment made with an address, in any status and any case, after confirmation', async () => {
    await signInAs('admin');
    await seedComment({ email: 'Private@Example.com', status: 'approved' });
    await seedComment({ email: 'private@example.com', status: 'spam' });
    const kept = await seedComment({ email: 'someone-else@example.com' });
    await db.execute(sql`insert into rate_limit_attempts (key) values ('comment:email:private@example.com'), ('quote:email:private@example.com'), ('comment:email:someone-else@example.com')`);
    expect(await actions.eraseCommentsByEmailAction(idleState(), form({ email: 'private@example.com' }))).toMatchObject({ status: 'error', message: expect.stringContaining('confirmation') });
    expect(await actions.eraseCommentsByEmailAction(idleState(), form({ email: 'private@example.com', confirm: 'yes' }))).toMatchObject({ status: 'success', erased: 2 });
    expect((await db.execute<{ id: number }>(sql`select id from comments`)).map((row) => row.id)).toEqual([kept]);
    expect((await db.execute<{ key: string }>(sql`select key from rate_limit_attempts`)).map((row) => row.key)).toEqual(['comment:email:someone-else@example.com']);
    expect(await auditActions()).toEqual(['comment.erase_email']);
    const [audit] = await db.execute<{ target_label: string }>(sql`select target_label from audit_log`);
    expect(audit!.target_label).not.toContain('private@example.com');
  });
});

describe('the moderation queue', () => {
  it('lists one status newest first, filtered by page and by a search of text, name or e-mail', async () => {
    const { countByStatus, listCommentedTargets, listModerationQueue } = await import('@/lib/data/comment-moderation');
    const first = await seedComment({ body: 'First about 100%_ sure' });
    const second = await seedComment({ body: 'Second', email: 'finder@example.com' });
    await seedComment({ status: 'spam', body: 'Spam' });
    await db.execute(sql`
      insert into comments (target_kind, target_id, author_name, email, body)
      select 'framework', id, 'Framework reader', 'fw@example.com', 'On a framework' from frameworks where slug = 'laravel'`);

    const pending = await listModerationQueue({ status: 'pending' });
    expect(pending.total).toBe(3);
    expect(pending.items.map((item) => item.body)).toEqual(['On a framework', 'Second', 'First about 100%_ sure']);
    expect(pending.items[1]).toMatchObject({ id: second, email: 'finder@example.com', target: { kind: 'post', slug: SLUG } });

    const targets = await listCommentedTargets();
    expect(targets.map((target) => target.kind).sort()).toEqual(['framework', 'post']);
    const post = targets.find((target) => target.kind === 'post')!;
    expect((await listModerationQueue({ status: 'pending', target: post })).items.map((item) => item.id)).toEqual([second, first]);
    expect((await listModerationQueue({ status: 'pending', search: 'FINDER@' })).items.map((item) => item.id)).toEqual([second]);
    expect((await listModerationQueue({ status: 'pending', search: '100%_' })).items.map((item) => item.id)).toEqual([first]);
    expect((await listModerationQueue({ status: 'pending', search: '%' })).total).toBe(1);
    expect(await countByStatus()).toEqual({ pending: 3, approved: 0, spam: 1, trash: 0 });
    expect(await countByStatus(post)).toEqual({ pending: 2, approved: 0, spam: 1, trash: 0 });
  });
});

describe('a post deleted for good', () => {
  it('takes its comments with it', async () => {
    const { emptyTrash } = await import('@/lib/data/post-editing');
    const admin = await createTestUser({ role: 'admin' });
    await seedComment({ status: 'approved' });
    await db.execute(sql`update posts set deleted_at = now() where slug = ${SLUG}`);
    await emptyTrash({ id: admin.id });
    expect((await db.execute(sql`select 1 from comments`)).length).toBe(0);
  });
});

describe('trust', () => {
  it('a staff reply does not make its e-mail address trusted: a reader typing it is still held', async () => {
    const { hasApprovedComment } = await import('@/lib/data/comments');
    const { createStaffReply } = await import('@/lib/data/comment-moderation');
    const editor = await createTestUser({ role: 'editor' });
    // On its own post: an earlier test here empties the trash with SLUG's post in it.
    const [row] = await db.execute<{ id: number }>(sql`
      insert into comments (target_kind, target_id, author_name, email, body, status)
      select 'post', id, 'Someone', 'someone@example.com', 'A question?', 'approved' from posts where slug = 'top-10-backend-frameworks-2024' returning id`);
    expect(await createStaffReply(row!.id, 'Thanks for asking!', { id: editor.id, name: editor.name, email: editor.email })).not.toBeNull();
    expect(await hasApprovedComment(editor.email)).toBe(false);
    expect(await hasApprovedComment('SOMEONE@example.com')).toBe(true);
  });
});
