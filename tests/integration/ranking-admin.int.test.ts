import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, form, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { addToRankingAction, moveInRankingAction, removeFromRankingAction } = await import('@/app/admin/frameworks/ranking/actions');

const POST = 'top-10-backend-frameworks-2024';
const NOT_FOUND = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };
const BACK_TO_RANKING = { digest: expect.stringContaining(`;/admin/frameworks/ranking?post=${POST};`) };

async function ids() {
  const [post] = await db.execute<{ id: number }>(sql`select id from posts where slug = ${POST}`);
  const frameworks = await db.execute<{ id: number; slug: string }>(sql`select id, slug from frameworks`);
  return { postId: post!.id, framework: (slug: string) => frameworks.find((row) => row.slug === slug)!.id };
}

/** The ranking as slugs in order, with positions checked to run 1..N. */
async function ranking(): Promise<string[]> {
  const rows = await db.execute<{ slug: string; position: number }>(sql`
    select f.slug, pf.position from post_frameworks pf join frameworks f on f.id = pf.framework_id
    join posts p on p.id = pf.post_id where p.slug = ${POST} order by pf.position`);
  expect(rows.map((row) => row.position)).toEqual(rows.map((_, i) => i + 1));
  return rows.map((row) => row.slug);
}

async function rankingAudits(): Promise<number> {
  const [row] = await db.execute<{ count: number }>(sql`select count(*)::int as count from audit_log where action like 'ranking.%'`);
  return row!.count;
}

async function signInAs(role: 'admin' | 'editor' | 'author') {
  const user = await createTestUser({ role });
  session.current = await sessionFor(user);
  return user;
}

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
});

describe('ranking actions', () => {
  const actions = [
    ['moveInRankingAction', moveInRankingAction, { direction: 'down' }],
    ['addToRankingAction', addToRankingAction, {}],
    ['removeFromRankingAction', removeFromRankingAction, {}],
  ] as const;

  it.each(actions)('%s sends a visitor without a session to sign in, and changes nothing', async (_name, action, extra) => {
    const { postId, framework } = await ids();
    const before = await ranking();
    await expect(action(form({ postId, frameworkId: framework('laravel'), ...extra }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await ranking()).toEqual(before);
    expect(await rankingAudits()).toBe(0);
  });

  it.each(actions)('%s refuses an author (403), and changes nothing', async (_name, action, extra) => {
    const { postId, framework } = await ids();
    const before = await ranking();
    await signInAs('author');
    await expect(action(form({ postId, frameworkId: framework('laravel'), ...extra }))).rejects.toMatchObject(FORBIDDEN);
    expect(await ranking()).toEqual(before);
    expect(await rankingAudits()).toBe(0);
  });

  it('moves a framework down and up, expiring the post and the two frameworks, with an audit entry', async () => {
    const editor = await signInAs('editor');
    const { postId, framework } = await ids();
    const before = await ranking();
    expect(before.slice(0, 2)).toEqual(['laravel', 'django']);
    await expect(moveInRankingAction(form({ postId, frameworkId: framework('laravel'), direction: 'down' }))).rejects.toMatchObject(BACK_TO_RANKING);
    expect((await ranking()).slice(0, 2)).toEqual(['django', 'laravel']);
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining([`post:${POST}`, 'framework:laravel', 'framework:django', 'frameworks']));
    const [audit] = await db.execute<{ actor_id: number; details: unknown }>(sql`select actor_id, details from audit_log where action = 'ranking.move'`);
    expect(audit).toMatchObject({ actor_id: editor.id, details: { framework: 'Laravel', from: 1, to: 2 } });

    await expect(moveInRankingAction(form({ postId, frameworkId: framework('laravel'), direction: 'up' }))).rejects.toMatchObject(BACK_TO_RANKING);
    expect(await ranking()).toEqual(before);
  });

  it('ignores moving the first one up (nothing written, nothing expired)', async () => {
    await signInAs('editor');
    const { postId, framework } = await ids();
    const before = await ranking();
    const audits = await rankingAudits();
    await expect(moveInRankingAction(form({ postId, frameworkId: framework(before[0]!), direction: 'up' }))).rejects.toMatchObject(BACK_TO_RANKING);
    expect(await ranking()).toEqual(before);
    expect(await rankingAudits()).toBe(audits);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('removes a framework, closing the gap, and adds it back at the end', async () => {
    await signInAs('admin');
    const { postId, framework } = await ids();
    const before = await ranking();
    await expect(removeFromRankingAction(form({ postId, frameworkId: framework('spring-boot') }))).rejects.toMatchObject(BACK_TO_RANKING);
    expect(await ranking()).toEqual(before.filter((slug) => slug !== 'spring-boot'));
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining([`post:${POST}`, 'framework:spring-boot', 'framework:koa']));

    updateTag.mockClear();
    await expect(addToRankingAction(form({ postId, frameworkId: framework('spring-boot') }))).rejects.toMatchObject(BACK_TO_RANKING);
    expect(await ranking()).toEqual([...before.filter((slug) => slug !== 'spring-boot'), 'spring-boot']);
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining([`post:${POST}`, 'framework:spring-boot']));
    const actions = await db.execute<{ action: string }>(sql`select action from audit_log where action in ('ranking.add', 'ranking.remove') order by id`);
    expect(actions.map((row) => row.action)).toEqual(['ranking.remove', 'ranking.add']);
  });

  it('answers 404 for a post or framework that does not exist, or a bad direction', async () => {
    await signInAs('editor');
    const { postId, framework } = await ids();
    const before = await ranking();
    await expect(moveInRankingAction(form({ postId: 999999, frameworkId: framework('koa'), direction: 'up' }))).rejects.toMatchObject(NOT_FOUND);
    await expect(moveInRankingAction(form({ postId, frameworkId: framework('koa'), direction: 'sideways' }))).rejects.toMatchObject(NOT_FOUND);
    await expect(addToRankingAction(form({ postId, frameworkId: 999999 }))).rejects.toMatchObject(NOT_FOUND);
    await expect(removeFromRankingAction(form({ postId, frameworkId: 'x' }))).rejects.toMatchObject(NOT_FOUND);
    expect(await ranking()).toEqual(before);
  });
});
