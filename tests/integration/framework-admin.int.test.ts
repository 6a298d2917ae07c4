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

const { saveFrameworkAction, restoreFrameworkRevisionAction } = await import('@/app/admin/frameworks/actions');
const { initialFrameworkState } = await import('@/app/admin/frameworks/form-state');
const { toFormValues } = await import('@/app/admin/frameworks/form-values');
const { getFrameworkForEdit } = await import('@/lib/data/framework-editing');
const { listRevisions } = await import('@/lib/data/revisions');
type FrameworkFormValues = import('@/lib/validation/framework-fields').FrameworkFormValues;

const NOT_FOUND = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };
const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

async function frameworkId(slug: string): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`select id from frameworks where slug = ${slug}`);
  return row!.id;
}

/** Everything a framework save can touch, to prove a refused one touched nothing. */
async function snapshot(id: number) {
  const [row] = await db.execute(sql`select slug, name, pros, version, search_text, updated_at from frameworks where id = ${id}`);
  const [counts] = await db.execute<{ revisions: number; audits: number }>(sql`
    select (select count(*)::int from revisions where kind = 'framework' and item_id = ${id}) as revisions,
           (select count(*)::int from audit_log where target_type = 'framework' and target_id = ${id}) as audits`);
  return { row, counts };
}

/** The editor's form as the browser posts it: each list item under its list's name. */
function form(fields: { id?: number | string; version?: number | string; intent?: string; values: FrameworkFormValues }) {
  const data = new FormData();
  data.set('id', fields.id === undefined ? '' : String(fields.id));
  data.set('version', fields.version === undefined ? '' : String(fields.version));
  if (fields.intent) data.set('intent', fields.intent);
  for (const [name, value] of Object.entries(fields.values)) {
    if (Array.isArray(value)) for (const item of value) data.append(name, item);
    else data.set(name, value);
  }
  return data;
}

async function editForm(slug: string, change: (values: FrameworkFormValues) => FrameworkFormValues) {
  const framework = (await getFrameworkForEdit(await frameworkId(slug)))!;
  return { framework, data: form({ id: framework.id, version: framework.version, values: change(toFormValues(framework)) }) };
}

async function signInAs(role: 'admin' | 'editor' | 'author') {
  const user = await createTestUser({ role });
  session.current = await sessionFor(user);
  return user;
}

const idle = initialFrameworkState();

beforeEach(() => {
  session.current = null;
  updateTag.mockClear();
});

describe('saveFrameworkAction', () => {
  it('sends a visitor without a session to sign in, and changes nothing', async () => {
    const { framework, data } = await editForm('django', (values) => ({ ...values, pros: [...values.pros, 'Hacked'] }));
    const before = await snapshot(framework.id);
    await expect(saveFrameworkAction(idle, data)).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await snapshot(framework.id)).toEqual(before);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('refuses an author (403), and changes nothing', async () => {
    const { framework, data } = await editForm('django', (values) => ({ ...values, pros: [...values.pros, 'Hacked'] }));
    const before = await snapshot(framework.id);
    await signInAs('author');
    await expect(saveFrameworkAction(idle, data)).rejects.toMatchObject(FORBIDDEN);
    expect(await snapshot(framework.id)).toEqual(before);
  });

  it('lets an editor save: new version, baseline and new revision, audit, search text, cache tags', async () => {
    const editor = await signInAs('editor');
    const { framework, data } = await editForm('django', (values) => ({ ...values, pros: [...values.pros, 'Async views since 3.1'] }));
    expect(await listRevisions('framework', framework.id)).toEqual([]);
    await expect(saveFrameworkAction(idle, data)).rejects.toMatchObject(redirectTo(`/admin/frameworks/${framework.id}?saved=2`));

    const saved = (await getFrameworkForEdit(framework.id))!;
    expect(saved.version).toBe(2);
    expect(saved.pros.at(-1)).toBe('Async views since 3.1');
    const [{ search_text: searchText }] = (await db.execute<{ search_text: string }>(sql`select search_text from frameworks where id = ${framework.id}`)) as unknown as [{ search_text: string }];
    expect(searchText).toContain('Async views since 3.1');

    const revisions = await db.execute<{ version: number; author_id: number | null; content: { pros: string[]; name: string } }>(
      sql`select version, author_id, content from revisions where kind = 'framework' and item_id = ${framework.id} order by version`,
    );
    expect(revisions.map((revision) => [revision.version, revision.author_id])).toEqual([
      [1, null],
      [2, editor.id],
    ]);
    expect(revisions[0]!.content.pros).toEqual(framework.pros);
    expect(revisions[1]!.content.pros.at(-1)).toBe('Async views since 3.1');

    const [audit] = await db.execute<{ actor_id: number; action: string; details: { changed: string[] } }>(
      sql`select actor_id, action, details from audit_log where target_type = 'framework' and target_id = ${framework.id}`,
    );
    expect(audit).toMatchObject({ actor_id: editor.id, action: 'framework.update', details: { changed: ['pros'] } });
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining(['framework:django', 'frameworks', 'search']));
  });

  it('merges a save based on an older version with the change saved since, when the two touch different fields or items', async () => {
    await signInAs('editor');
    const first = await editForm('express', (values) => ({ ...values, bestFor: 'Small APIs and prototypes', cons: [...values.cons, 'No async ORM'] }));
    const second = await editForm('express', (values) => ({ ...values, overview: `${values.overview}\n\nA paragraph of mine.`, pros: [`${values.pros[0]}!`, ...values.pros.slice(1)] }));
    await expect(saveFrameworkAction(idle, first.data)).rejects.toMatchObject(redirectTo(`/admin/frameworks/${first.framework.id}?saved=2`));
    await signInAs('admin');
    await expect(saveFrameworkAction(idle, second.data)).rejects.toMatchObject(redirectTo(`/admin/frameworks/${first.framework.id}?saved=3&merged=2`));
    const merged = (await getFrameworkForEdit(first.framework.id))!;
    expect(merged).toMatchObject({
      version: 3,
      bestFor: 'Small APIs and prototypes',
      cons: [...first.framework.cons, 'No async ORM'],
      overview: `${first.framework.overview}\n\nA paragraph of mine.`,
      pros: [`${first.framework.pros[0]}!`, ...first.framework.pros.slice(1)],
    });
    const [audit] = await db.execute<{ details: { mergedWith: number } }>(
      sql`select details from audit_log where target_id = ${first.framework.id} and action = 'framework.update' order by id desc limit 1`,
    );
    expect(audit!.details.mergedWith).toBe(2);
  });

  it('refuses a save whose change overlaps one saved since, shows the other change, and overwrites nothing', async () => {
    await signInAs('editor');
    const first = await editForm('flask', (values) => ({ ...values, bestFor: 'Small APIs and prototypes', cons: [...values.cons, 'No async ORM'] }));
    const second = await editForm('flask', (values) => ({ ...values, bestFor: 'My own idea of what it is best for', overview: 'My own rewrite of the overview.' }));
    await expect(saveFrameworkAction(idle, first.data)).rejects.toMatchObject(redirectTo(`/admin/frameworks/${first.framework.id}?saved=2`));
    const afterFirst = await snapshot(first.framework.id);
    updateTag.mockClear();

    const other = await signInAs('admin');
    const state = await saveFrameworkAction(idle, second.data);
    expect(state.status).toBe('conflict');
    expect(state.message).toMatch(/Not saved: Test User saved this framework \(version 2,/);
    // Their change is shown field by field…
    expect(state.conflict?.changes.map((change) => change.field)).toEqual(['bestFor', 'cons']);
    const added = state.conflict!.changes.flatMap((change) => change.parts.filter((part) => part.kind === 'added').map((part) => part.text)).join(' ');
    expect(added).toContain('No async ORM');
    // …the editor's own text stays in the form, now based on the newer version…
    expect(state.values.overview).toBe('My own rewrite of the overview.');
    expect(state.values.bestFor).toBe('My own idea of what it is best for');
    expect(state.version).toBe('2');
    // …and nothing was written.
    expect(await snapshot(first.framework.id)).toEqual(afterFirst);
    expect(updateTag).not.toHaveBeenCalled();

    // Saving again from the conflict state is a deliberate overwrite, and works.
    const retry = form({ id: state.id, version: state.version, values: state.values });
    await expect(saveFrameworkAction(state, retry)).rejects.toMatchObject(redirectTo(`/admin/frameworks/${first.framework.id}?saved=3`));
    const latest = (await listRevisions('framework', first.framework.id))[0]!;
    expect(latest).toMatchObject({ version: 3, authorName: 'Test User' });
    expect(other.role).toBe('admin');
  });

  it('keeps what was typed and names the field when the input is bad', async () => {
    await signInAs('editor');
    const { framework, data } = await editForm('koa', (values) => ({ ...values, name: 'Koa\u0000', firstReleased: 'soon', pros: ['fine', 'x'.repeat(501)] }));
    const before = await snapshot(framework.id);
    const state = await saveFrameworkAction(idle, data);
    expect(state.status).toBe('error');
    expect(state.errors).toMatchObject({
      name: 'Name contains a NUL character, which cannot be stored.',
      firstReleased: 'First released must be a year, like 2005.',
      pros: 'Pros, item 2, must be at most 500 characters (it has 501).',
    });
    expect(state.values.name).toBe('Koa\u0000');
    expect(state.values.pros).toEqual(['fine', 'x'.repeat(501)]);
    expect(await snapshot(framework.id)).toEqual(before);
  });

  it('applies a list button without JavaScript: reorders the list in the form and saves nothing', async () => {
    await signInAs('editor');
    const { framework } = await editForm('phoenix', (values) => values);
    const values = toFormValues(framework);
    const before = await snapshot(framework.id);
    const moved = await saveFrameworkAction(idle, form({ id: framework.id, version: framework.version, intent: 'list:keyFeatures:up:1', values }));
    expect(moved.status).toBe('idle');
    expect(moved.values.keyFeatures.slice(0, 2)).toEqual([values.keyFeatures[1], values.keyFeatures[0]]);
    const added = await saveFrameworkAction(moved, form({ id: framework.id, version: framework.version, intent: 'list:cons:add', values: moved.values }));
    expect(added.values.cons).toEqual([...values.cons, '']);
    expect(added.attempt).toBe(2);
    expect(await snapshot(framework.id)).toEqual(before);
  });

  it('renames a framework and expires both its old and new address', async () => {
    await signInAs('editor');
    const { framework, data } = await editForm('nestjs', (values) => ({ ...values, slug: 'nest-js' }));
    await expect(saveFrameworkAction(idle, data)).rejects.toMatchObject(redirectTo(`/admin/frameworks/${framework.id}?saved=2`));
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining(['framework:nestjs', 'framework:nest-js']));
    const [audit] = await db.execute<{ details: { previousSlug: string } }>(sql`select details from audit_log where target_id = ${framework.id} and action = 'framework.update'`);
    expect(audit!.details.previousSlug).toBe('nestjs');
  });

  it('refuses a slug another framework uses, on the slug field', async () => {
    await signInAs('editor');
    const { framework, data } = await editForm('express', (values) => ({ ...values, slug: 'laravel' }));
    const before = await snapshot(framework.id);
    const state = await saveFrameworkAction(idle, data);
    expect(state.errors.slug).toMatch(/already used by another framework/);
    expect(await snapshot(framework.id)).toEqual(before);
  });

  it('creates a framework as a draft, with its first revision and an audit entry, and expires no reader page', async () => {
    const editor = await signInAs('editor');
    const values: FrameworkFormValues = {
      ...toFormValues((await getFrameworkForEdit(await frameworkId('koa')))!),
      name: 'Hono',
      slug: '',
      pros: ['Tiny', 'Fast'],
    };
    let location = '';
    await saveFrameworkAction(idle, form({ values })).catch((error: { digest: string }) => {
      location = error.digest;
    });
    const id = Number(/\/admin\/frameworks\/(\d+)\?created=1;/.exec(location)?.[1]);
    const created = (await getFrameworkForEdit(id))!;
    expect(created).toMatchObject({ slug: 'hono', name: 'Hono', status: 'draft', version: 1, pros: ['Tiny', 'Fast'] });
    expect(await listRevisions('framework', id)).toEqual([expect.objectContaining({ version: 1, authorName: editor.name })]);
    const [audit] = await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'framework' and target_id = ${id}`);
    expect(audit!.action).toBe('framework.create');
    // A new draft is on no public page, so nothing cached is stale.
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('answers 404 for an id that is not a framework', async () => {
    await signInAs('admin');
    const values = toFormValues((await getFrameworkForEdit(await frameworkId('koa')))!);
    await expect(saveFrameworkAction(idle, form({ id: 999999, version: 1, values }))).rejects.toMatchObject(NOT_FOUND);
    await expect(saveFrameworkAction(idle, form({ id: 'abc', version: 1, values }))).rejects.toMatchObject(NOT_FOUND);
  });
});

describe('restoreFrameworkRevisionAction', () => {
  async function withTwoVersions(slug: string) {
    const editor = await signInAs('editor');
    const { framework, data } = await editForm(slug, (values) => ({ ...values, bestFor: 'Something else entirely' }));
    await saveFrameworkAction(idle, data).catch(() => {});
    const revisions = await listRevisions('framework', framework.id);
    session.current = null;
    updateTag.mockClear();
    return { framework, editor, original: revisions.find((revision) => revision.version === 1)! };
  }
  const restoreForm = (id: number, revisionId: number) => {
    const data = new FormData();
    data.set('id', String(id));
    data.set('revisionId', String(revisionId));
    return data;
  };

  it('sends a visitor without a session to sign in, and changes nothing', async () => {
    const { framework, original } = await withTwoVersions('ruby-on-rails');
    const before = await snapshot(framework.id);
    await expect(restoreFrameworkRevisionAction(restoreForm(framework.id, original.id))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await snapshot(framework.id)).toEqual(before);
  });

  it('refuses an author (403), and changes nothing', async () => {
    const { framework, original } = await withTwoVersions('ruby-on-rails');
    const before = await snapshot(framework.id);
    await signInAs('author');
    await expect(restoreFrameworkRevisionAction(restoreForm(framework.id, original.id))).rejects.toMatchObject(FORBIDDEN);
    expect(await snapshot(framework.id)).toEqual(before);
  });

  it('restores an old revision as a new version, with a revision and an audit entry of its own', async () => {
    const { framework, original } = await withTwoVersions('spring-boot');
    const restorer = await signInAs('admin');
    await expect(restoreFrameworkRevisionAction(restoreForm(framework.id, original.id))).rejects.toMatchObject(redirectTo(`/admin/frameworks/${framework.id}?restored=3`));
    const restored = (await getFrameworkForEdit(framework.id))!;
    expect(restored.version).toBe(3);
    expect(restored.bestFor).toBe(framework.bestFor);
    expect((await listRevisions('framework', framework.id)).map((revision) => revision.version)).toEqual([3, 2, 1]);
    const [audit] = await db.execute<{ actor_id: number; details: { restoredVersion: number; version: number } }>(
      sql`select actor_id, details from audit_log where target_id = ${framework.id} and action = 'framework.restore'`,
    );
    expect(audit).toMatchObject({ actor_id: restorer.id, details: { restoredVersion: 1, version: 3 } });
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining(['framework:spring-boot', 'frameworks']));
  });

  it('answers 404 for a revision of another framework', async () => {
    const { original } = await withTwoVersions('aspnet-core');
    await signInAs('editor');
    const before = await snapshot(await frameworkId('laravel'));
    await expect(restoreFrameworkRevisionAction(restoreForm(await frameworkId('laravel'), original.id))).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(await frameworkId('laravel'))).toEqual(before);
  });
});
