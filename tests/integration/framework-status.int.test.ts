import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
// updateTag needs a real Server Action request; which tags are expired is what matters here.
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { saveFrameworkAction } = await import('@/app/admin/frameworks/actions');
const { initialFrameworkState } = await import('@/app/admin/frameworks/form-state');
const { toFormValues } = await import('@/app/admin/frameworks/form-values');
const { getFrameworkForEdit, listFrameworksForAdmin } = await import('@/lib/data/framework-editing');
const { FLAGSHIP_POST_SLUG, getFramework, getFrameworkSlugRedirectTarget, listFrameworkComparison, listFrameworks, listRankedFrameworks } = await import('@/lib/data/frameworks');
const { changeRanking, getRankingPost, listRanking } = await import('@/lib/data/rankings');
const { searchContent } = await import('@/lib/data/search');
type FrameworkFormValues = import('@/lib/validation/framework-fields').FrameworkFormValues;

const TOP_TEN = ['laravel', 'django', 'spring-boot', 'ruby-on-rails', 'express', 'nestjs', 'flask', 'phoenix', 'aspnet-core', 'koa'];
const idle = initialFrameworkState();

/** The editor's form as the browser posts it: each list item under its list's name, and the status radio. */
function form(fields: { id?: number; version?: number; status?: string; values: FrameworkFormValues }) {
  const data = new FormData();
  data.set('id', fields.id === undefined ? '' : String(fields.id));
  data.set('version', fields.version === undefined ? '' : String(fields.version));
  if (fields.status !== undefined) data.set('status', fields.status);
  for (const [name, value] of Object.entries(fields.values)) {
    if (Array.isArray(value)) for (const item of value) data.append(name, item);
    else data.set(name, value);
  }
  return data;
}

async function signInAs(role: 'admin' | 'editor' | 'author') {
  const user = await createTestUser({ role });
  session.current = await sessionFor(user);
  return user;
}

/** Runs an action that ends in a redirect and answers where it went. */
async function redirectedTo(action: Promise<unknown>): Promise<string> {
  const error = (await action.then(
    () => null,
    (thrown: { digest?: string }) => thrown,
  )) as { digest?: string } | null;
  return error?.digest ?? '';
}

/** A new framework made through the editor, as a draft unless `status` says otherwise. */
async function createThroughEditor(status?: string) {
  const word = `Zorblax${randomBytes(3).toString('hex')}`;
  const values: FrameworkFormValues = { ...toFormValues((await getFrameworkForEdit(await idOf('koa')))!), name: word, slug: word.toLowerCase(), overview: `${word} is a test framework.` };
  const location = await redirectedTo(saveFrameworkAction(idle, form({ values, status })));
  const id = Number(/\/admin\/frameworks\/(\d+)\?created=1;/.exec(location)?.[1]);
  return { id, slug: word.toLowerCase(), word };
}

async function idOf(slug: string): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from frameworks where slug = ${slug}`);
  return row!.id;
}

/** Saves the framework's stored text with a change and a status, as the editor does. */
async function saveThroughEditor(id: number, status: string | undefined, change: (values: FrameworkFormValues) => FrameworkFormValues = (values) => values) {
  const framework = (await getFrameworkForEdit(id))!;
  return redirectedTo(saveFrameworkAction(idle, form({ id, version: framework.version, status, values: change(toFormValues(framework)) })));
}

const publicSlugs = async () => {
  const { ranked, others } = await listFrameworkComparison();
  return [...ranked, ...others].map((framework) => framework.slug);
};

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
});

describe('a framework’s status', () => {
  it('starts as a draft that readers cannot find: no page, no comparison row, no sitemap entry, no search hit', async () => {
    await signInAs('editor');
    const { id, slug, word } = await createThroughEditor();
    expect(await getFrameworkForEdit(id)).toMatchObject({ slug, status: 'draft' });
    expect(await getFramework(slug)).toBeNull();
    expect(await publicSlugs()).not.toContain(slug);
    expect((await listFrameworks()).map((framework) => framework.slug)).not.toContain(slug);
    expect(await searchContent(word)).toEqual([]);
    expect((await listFrameworksForAdmin()).find((row) => row.id === id)).toMatchObject({ status: 'draft', rank: null });
  });

  it('publishing makes it readable and expires its page, the lists and search; unpublishing hides it again', async () => {
    await signInAs('editor');
    const { id, slug, word } = await createThroughEditor();
    updateTag.mockClear();
    expect(await saveThroughEditor(id, 'published')).toContain(`/admin/frameworks/${id}?saved=2;`);
    expect(await getFramework(slug)).toMatchObject({ slug, name: word });
    expect((await listFrameworkComparison()).others.map((framework) => framework.slug)).toContain(slug);
    expect((await searchContent(word)).map((hit) => hit.slug)).toEqual([slug]);
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining([`framework:${slug}`, 'frameworks', 'search']));
    const actions = await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'framework' and target_id = ${id} order by id`);
    expect(actions.map((row) => row.action)).toEqual(['framework.create', 'framework.publish']);

    updateTag.mockClear();
    await saveThroughEditor(id, 'draft');
    expect(await getFramework(slug)).toBeNull();
    expect(await publicSlugs()).not.toContain(slug);
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining([`framework:${slug}`, 'frameworks', 'search']));
  });

  it('a save that sends no status keeps the one stored; a status not offered is refused with nothing written', async () => {
    await signInAs('admin');
    await saveThroughEditor(await idOf('flask'), undefined, (values) => ({ ...values, bestFor: `${values.bestFor} ` }));
    expect(await getFramework('flask')).not.toBeNull();
    const before = (await getFrameworkForEdit(await idOf('flask')))!;
    const state = await saveFrameworkAction(idle, form({ id: before.id, version: before.version, status: 'secret', values: toFormValues(before) }));
    expect(state).toMatchObject({ status: 'error', message: 'The framework was not saved: choose Draft or Published.' });
    expect((await getFrameworkForEdit(before.id))!.version).toBe(before.version);
  });

  it('sends a visitor without a session to sign in, and publishes nothing', async () => {
    await signInAs('editor');
    const { id, slug } = await createThroughEditor();
    session.current = null;
    updateTag.mockClear();
    const framework = (await getFrameworkForEdit(id))!;
    await expect(saveFrameworkAction(idle, form({ id, version: framework.version, status: 'published', values: toFormValues(framework) }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await getFramework(slug)).toBeNull();
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('refuses an author (403): they can neither create nor publish a framework', async () => {
    await signInAs('editor');
    const { id, slug } = await createThroughEditor();
    await signInAs('author');
    updateTag.mockClear();
    const framework = (await getFrameworkForEdit(id))!;
    await expect(saveFrameworkAction(idle, form({ id, version: framework.version, status: 'published', values: toFormValues(framework) }))).rejects.toMatchObject(FORBIDDEN);
    await expect(saveFrameworkAction(idle, form({ status: 'published', values: { ...toFormValues(framework), name: 'By an author', slug: 'by-an-author' } }))).rejects.toMatchObject(FORBIDDEN);
    expect(await getFramework(slug)).toBeNull();
    expect(await db.execute(sql`select id from frameworks where slug = 'by-an-author'`)).toHaveLength(0);
    expect(updateTag).not.toHaveBeenCalled();
  });
});

describe('the comparison on /frameworks', () => {
  it('holds exactly the frameworks the flagship post ranks, in its order, and the other published ones apart', async () => {
    await signInAs('editor');
    const published = await createThroughEditor('published');
    const draft = await createThroughEditor();
    const comparison = await listFrameworkComparison();
    expect(comparison.ranked.map((framework) => framework.slug)).toEqual(TOP_TEN);
    expect(comparison.others.map((framework) => framework.slug)).toContain(published.slug);
    expect(comparison.others.map((framework) => framework.slug)).not.toContain(draft.slug);
  });

  it('follows the ranking: a move reorders it, and a ranked draft stays off it while the post still shows its section', async () => {
    const editor = await signInAs('editor');
    const post = (await getRankingPost(FLAGSHIP_POST_SLUG))!;
    await changeRanking(post.id, { action: 'move', frameworkId: await idOf('koa'), direction: 'up' }, editor.id);
    const draft = await createThroughEditor();
    await changeRanking(post.id, { action: 'add', frameworkId: draft.id }, editor.id);

    expect((await listFrameworkComparison()).ranked.map((framework) => framework.slug)).toEqual([...TOP_TEN.slice(0, 8), 'koa', 'aspnet-core']);
    expect((await listRanking(post.id)).at(-1)).toMatchObject({ slug: draft.slug, position: 11, published: false });
    expect((await listRankedFrameworks(post.id)).at(-1)).toMatchObject({ slug: draft.slug, published: false });
  });
});

describe('renaming a framework’s slug', () => {
  it('leaves a redirect from the address readers knew, straight to the current one', async () => {
    await signInAs('editor');
    const { id, slug } = await createThroughEditor('published');
    await saveThroughEditor(id, undefined, (values) => ({ ...values, slug: `${slug}-renamed` }));
    await saveThroughEditor(id, undefined, (values) => ({ ...values, slug: `${slug}-again` }));
    expect(await getFramework(slug)).toBeNull();
    expect(await getFrameworkSlugRedirectTarget(slug)).toBe(`${slug}-again`);
    expect(await getFrameworkSlugRedirectTarget(`${slug}-renamed`)).toBe(`${slug}-again`);
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining([`framework:${slug}-renamed`, `framework:${slug}-again`]));
  });

  it('leaves none for a draft, which no reader saw', async () => {
    await signInAs('editor');
    const { id, slug } = await createThroughEditor();
    await saveThroughEditor(id, undefined, (values) => ({ ...values, slug: `${slug}-renamed` }));
    expect(await getFrameworkSlugRedirectTarget(slug)).toBeNull();
    expect(await db.execute(sql`select old_slug from slug_redirects where kind = 'framework' and target_id = ${id}`)).toHaveLength(0);
  });

  it('follows no redirect to a framework that went back to draft, and drops one when a published framework takes the slug again', async () => {
    await signInAs('admin');
    const first = await createThroughEditor('published');
    await saveThroughEditor(first.id, undefined, (values) => ({ ...values, slug: `${first.slug}-moved` }));
    await saveThroughEditor(first.id, 'draft');
    expect(await getFrameworkSlugRedirectTarget(first.slug)).toBeNull();

    await saveThroughEditor(first.id, 'published');
    const second = await createThroughEditor();
    await saveThroughEditor(second.id, 'published', (values) => ({ ...values, slug: first.slug }));
    expect(await getFramework(first.slug)).toMatchObject({ name: second.word });
    expect(await db.execute(sql`select old_slug from slug_redirects where kind = 'framework' and old_slug = ${first.slug}`)).toHaveLength(0);
  });
});
