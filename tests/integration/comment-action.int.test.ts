import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { COMMENT_RULES } from '@/lib/comments/rules';
import { idleState } from '@/lib/forms/form-state';
import { form } from '../support/action-calls';

// A Server Action outside a request: the client address and cache invalidation are stubbed.
const request = vi.hoisted(() => ({ ip: '192.0.2.10' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }) }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag }));

const { postComment } = await import('@/app/(site)/_comments/actions');
const { issueFormToken } = await import('@/lib/comments/form-token');
const { listCommentThread, getCommentTarget, threadPageOf } = await import('@/lib/data/comments');
const { listPosts } = await import('@/lib/data/posts');

const SLUG = 'design-systems-for-small-teams';
// Each post its own token (a token posts once): started 10 s ago, a millisecond apart.
let tokensIssued = 0;
const startedToken = () => issueFormToken(`post:${SLUG}`, Date.now() - 10_000 - (tokensIssued += 1));

const valid = { kind: 'post', slug: SLUG, parentId: '', website: '', name: 'Ada', email: 'ada@example.com', body: 'A thoughtful comment.' };
const post = (fields: Partial<typeof valid> & { token?: string } = {}) => postComment(idleState(), form({ ...valid, token: startedToken(), ...fields }));

const stored = () =>
  db.execute<{ id: number; status: string; held_reason: string | null; body: string; ip_hash: string | null; parent_id: number | null; depth: number }>(
    sql`select id, status, held_reason, body, ip_hash, parent_id, depth from comments order by id`,
  );

async function approveEmail(email: string) {
  await db.execute(sql`
    insert into comments (target_kind, target_id, author_name, email, body, status)
    select 'post', id, 'Earlier', ${email}, ${`earlier ${Math.random()}`}, 'approved' from posts where slug = 'we-have-moved-into-a-new-studio'`);
}

beforeEach(async () => {
  await db.execute(sql`truncate comments, rate_limit_attempts, blocked_words restart identity`);
  updateTag.mockClear();
  request.ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
});

describe('postComment', () => {
  it('holds a first comment for moderation and stores it as typed, with the IP only as a keyed hash', async () => {
    const body = 'Line one\n\n*Line two* with `<code>` & “quotes”';
    const state = await post({ body });
    expect(state).toMatchObject({ status: 'success', message: expect.stringContaining('awaiting moderation') });
    const [row] = await stored();
    expect(row).toMatchObject({ status: 'pending', held_reason: 'first comment from this e-mail', body });
    expect(row!.ip_hash).toMatch(/^ip:[\w-]{22}$/);
    expect(row!.ip_hash).not.toContain(request.ip);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('publishes a known commenter at once, refreshes the page and lands on the comment', async () => {
    await approveEmail('ada@example.com');
    await expect(post()).rejects.toMatchObject({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;.*;/blog/${SLUG}#comment-\\d+;`)) });
    expect((await stored()).at(-1)).toMatchObject({ status: 'approved' });
    expect(updateTag).toHaveBeenCalledWith(`comments:post:${SLUG}`);
    expect(updateTag).toHaveBeenCalledWith('comments:counts');
  });

  it('holds a known commenter for more than two links or a blocked word', async () => {
    await approveEmail('ada@example.com');
    expect(await post({ body: '[a](https://a.example) [b](https://b.example) https://c.example' })).toMatchObject({ status: 'success' });
    await db.execute(sql`insert into blocked_words (word) values ('Casino')`);
    expect(await post({ body: 'Visit the casino!' })).toMatchObject({ status: 'success' });
    expect((await stored()).slice(-2).map((row) => row.held_reason)).toEqual(['3 links', 'blocked word “Casino”']);
  });

  it('answers a filled honeypot as if it worked, and stores nothing', async () => {
    expect(await post({ website: 'http://spam.example' })).toMatchObject({ status: 'success' });
    expect(await stored()).toEqual([]);
  });

  it('refuses bad input with a message on the field and keeps the text', async () => {
    const cases: Array<[Partial<typeof valid>, string, RegExp]> = [
      [{ body: '   ' }, 'body', /required/],
      [{ body: 'x'.repeat(COMMENT_RULES.bodyMax + 1) }, 'body', /at most 5,000/],
      [{ name: 'n'.repeat(101) }, 'name', /at most 100/],
      [{ body: 'nul\u0000byte' }, 'body', /NUL/],
      [{ body: '<script>alert(1)</script>' }, 'body', /HTML tags/],
      [{ body: `${'> '.repeat(40)}deep` }, 'body', /nested too deeply/],
      [{ email: 'nope' }, 'email', /valid e-mail/],
    ];
    for (const [input, field, message] of cases) {
      const state = await post(input);
      expect(state.status).toBe('error');
      expect(state.errors).toMatchObject({ [field]: expect.stringMatching(message) });
      expect(state.values).toMatchObject(Object.fromEntries(Object.entries(input)));
    }
    expect(await stored()).toEqual([]);
  });

  it('asks once more, with a fresh token, when the form token is missing, and refuses one sent too fast', async () => {
    const missing = await post({ token: '' });
    expect(missing).toMatchObject({ status: 'error', message: expect.stringContaining('Almost there'), values: { body: valid.body } });
    expect(missing.token).toMatch(/^\d+\.post:design-systems-for-small-teams\./);
    expect(await post({ token: issueFormToken(`post:${SLUG}`) })).toMatchObject({ status: 'error', message: expect.stringContaining('quicker than anyone') });
    expect(await post({ token: issueFormToken('post:another-page', Date.now() - 10_000) })).toMatchObject({ message: expect.stringContaining('Almost there') });
    expect(await stored()).toEqual([]);
  });

  it('lets one form token post one comment, even replayed in parallel, and gives the form a fresh token', async () => {
    const token = startedToken();
    const states = await Promise.all(Array.from({ length: 6 }, (_, i) => post({ token, email: `replay${i}@example.com`, body: `Replay number ${i}` })));
    const [posted, ...others] = [...states].sort((a) => (a.status === 'success' ? -1 : 1));
    expect(posted).toMatchObject({ status: 'success', token: expect.any(String) });
    expect(posted!.token).not.toBe(token);
    expect(others).toHaveLength(5);
    for (const state of others) {
      expect(state).toMatchObject({ status: 'error', message: expect.stringContaining('already posted a comment'), values: { body: expect.stringMatching(/^Replay number/) } });
      expect(state.token).not.toBe(token);
    }
    expect(await post({ token, email: 'later@example.com', body: 'A replay a moment later' })).toMatchObject({ status: 'error', message: expect.stringContaining('already posted a comment') });
    expect(await stored()).toHaveLength(1);
    // The token the form was given instead posts once more.
    expect(await post({ token: issueFormToken(`post:${SLUG}`, Date.now() - 5_000), body: 'My second comment' })).toMatchObject({ status: 'success' });
    expect(await stored()).toHaveLength(2);
  });

  it('refuses a duplicate', async () => {
    await post();
    const again = await post();
    expect(again).toMatchObject({ status: 'error', errors: { body: 'You have already posted this comment here.' } });
    expect(await stored()).toHaveLength(1);
  });

  it('limits comments per e-mail and per IP, with a friendly message', async () => {
    for (let i = 0; i < COMMENT_RULES.rateLimit.perEmail; i += 1) expect(await post({ body: `Comment ${i}` })).toMatchObject({ status: 'success' });
    expect(await post({ body: 'One more' })).toMatchObject({ status: 'error', message: expect.stringContaining('take a short break'), values: { body: 'One more' } });
    // Another address from the same connection still counts against the IP.
    for (let i = 0; i < COMMENT_RULES.rateLimit.perIp - COMMENT_RULES.rateLimit.perEmail; i += 1) {
      expect(await post({ email: `other${i}@example.com`, body: `Other ${i}` })).toMatchObject({ status: 'success' });
    }
    expect(await post({ email: 'fresh@example.com', body: 'From the same IP' })).toMatchObject({ status: 'error', message: expect.stringContaining('take a short break') });
    expect(await stored()).toHaveLength(COMMENT_RULES.rateLimit.perIp);
  });

  it('refuses a page that takes no comments and a reply to a comment not shown', async () => {
    expect(await post({ slug: 'no-such-post', token: issueFormToken('post:no-such-post', Date.now() - 10_000) })).toMatchObject({ status: 'error', message: 'This page no longer takes comments.' });
    expect(await post({ kind: 'page' })).toMatchObject({ status: 'error' });
    await post();
    const [pending] = await stored();
    expect(await post({ parentId: String(pending!.id), body: 'reply' })).toMatchObject({ status: 'error', message: expect.stringContaining('no longer shown') });
  });

  it('threads replies three deep; a reply to the deepest level becomes its sibling', async () => {
    await approveEmail('ada@example.com');
    const ids: number[] = [];
    for (let depth = 1; depth <= 4; depth += 1) {
      const parentId = ids.at(-1);
      await post({ body: `Level ${depth}`, parentId: parentId ? String(parentId) : '' }).catch(() => {});
      ids.push((await stored()).at(-1)!.id);
    }
    const rows = (await stored()).slice(-4);
    expect(rows.map((row) => row.depth)).toEqual([1, 2, 3, 3]);
    expect(rows[3]!.parent_id).toBe(rows[1]!.id);
    const target = (await getCommentTarget('post', SLUG))!;
    const thread = await listCommentThread(target, 1);
    expect(thread.total).toBe(4);
    expect(thread.comments[0]!.replies[0]!.replies.map((reply) => reply.body)).toEqual(['Level 3', 'Level 4']);
  });
});

describe('threads at scale', () => {
  it('pages oldest first, finds a comment’s page, and counts approved comments in post lists', async () => {
    const target = (await getCommentTarget('post', SLUG))!;
    await db.execute(sql`
      insert into comments (target_kind, target_id, author_name, email, body, status, created_at)
      select 'post', ${target.id}, 'Reader ' || n, 'r' || n || '@example.com', 'Comment ' || n,
             case when n % 10 = 0 then 'pending'::comment_status else 'approved'::comment_status end,
             timestamptz '2025-01-01' + n * interval '1 minute'
      from generate_series(1, 10000) as n`);
    const first = await listCommentThread(target, 1);
    expect(first.total).toBe(9000);
    expect(first.pageCount).toBe(Math.ceil(9000 / COMMENT_RULES.perPage));
    expect(first.comments[0]!.body).toBe('Comment 1');
    expect(first.comments).toHaveLength(COMMENT_RULES.perPage);
    const [last] = await db.execute<{ id: number }>(sql`select id from comments where body = 'Comment 9999'`);
    expect(await threadPageOf(last!.id)).toBe(first.pageCount);
    const [plan] = await db.execute<{ 'QUERY PLAN': string }>(sql`
      explain select id from comments where target_kind = 'post' and target_id = ${target.id} and status = 'approved' and depth = 1
      order by created_at, id limit 50`);
    expect(plan!['QUERY PLAN']).toMatch(/Index Scan|Limit/);
    const listed = (await listPosts({ categorySlug: 'design' }, 1, 50)).items.find((item) => item.slug === SLUG);
    expect(listed?.commentCount).toBe(9000);
  });
});
