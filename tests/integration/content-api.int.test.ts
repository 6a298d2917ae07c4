import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '../factories/posts';
import { form, idle } from '../support/action-calls';
import { signerInto } from '../support/sessions';

// The session is injected (there is no request here); the database is real. Outside a Next server
// there is no cache scope, so the cached reads run their queries each time: what is checked here is
// what the API answers; tests/e2e/content-api.e2e.ts checks its caching on a production build.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag, refresh: vi.fn(), cacheTag: vi.fn(), cacheLife: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { createApiKeyAction, revokeApiKeyAction } = await import('@/app/admin/api-keys/actions');
const { openApiDocument } = await import('@/lib/api/openapi');
const { RateLimiter } = await import('@/lib/api/rate-limit');
const routes = {
  posts: await import('@/app/api/v1/posts/route'),
  post: await import('@/app/api/v1/posts/[slug]/route'),
  frameworks: await import('@/app/api/v1/frameworks/route'),
  framework: await import('@/app/api/v1/frameworks/[slug]/route'),
  ranking: await import('@/app/api/v1/ranking/route'),
  categories: await import('@/app/api/v1/categories/route'),
  tags: await import('@/app/api/v1/tags/route'),
  authors: await import('@/app/api/v1/authors/route'),
};

const signInAs = signerInto(session);
const TOP_10 = 'top-10-backend-frameworks-2024';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'api', components: openApiDocument.components });
/** Checks a real answer against the schema the OpenAPI document names for that path's 200. */
function expectMatchesSpec(path: keyof typeof openApiDocument.paths, body: unknown) {
  const schemaRef = openApiDocument.paths[path].get.responses['200'].content['application/json'].schema.$ref;
  const validate = ajv.getSchema(`api${schemaRef}`)!;
  const valid = validate(body);
  expect(valid ? [] : validate.errors).toEqual([]);
}

let key = '';

async function makeKey(name: string): Promise<string> {
  await signInAs('admin');
  const answer = await createApiKeyAction(idle, form({ name }));
  expect(answer).toMatchObject({ status: 'success', key: expect.stringMatching(/^msk_[A-Za-z0-9_-]{43}$/) });
  session.current = null;
  return answer.key!;
}

/** An answer's JSON, read loosely: its shape is checked against the OpenAPI schemas (expectMatchesSpec). */
type Answer = ReturnType<typeof JSON.parse>;
type Route = { GET: (request: Request, context: { params: Promise<never> }) => Promise<Response> };
async function call(route: Route, path: string, { params = {}, headers = { authorization: `Bearer ${key}` } }: { params?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const response = await route.GET(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve(params as never) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Answer) : null };
}

beforeAll(async () => {
  key = await makeKey('Integration tests');
});

beforeEach(() => {
  (globalThis as { __musingsApiLimiter?: unknown }).__musingsApiLimiter = undefined;
});

describe('content API keys', () => {
  it('are required: none is a 401 saying how to send one, a made-up one a 401 too, both JSON', async () => {
    const none = await call(routes.posts, '/api/v1/posts', { headers: {} });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="content-api"');
    expect(none.body).toEqual({ error: { code: 'missing_key', message: expect.stringContaining('Authorization: Bearer') } });
    const madeUp = await call(routes.posts, '/api/v1/posts', { headers: { authorization: `Bearer msk_${'x'.repeat(43)}` } });
    expect(madeUp).toMatchObject({ status: 401, body: { error: { code: 'invalid_key' } } });
    const viaHeader = await call(routes.posts, '/api/v1/posts', { headers: { 'x-api-key': key } });
    expect(viaHeader.status).toBe(200);
  });

  it('are kept only as a hash, with a prefix to tell them apart', async () => {
    const [row] = await db.execute<{ key_hash: string; display_prefix: string }>(sql`select key_hash, display_prefix from api_keys where name = 'Integration tests'`);
    expect(row!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.key_hash).not.toContain(key.slice(4, 20));
    expect(key.startsWith(row!.display_prefix)).toBe(true);
  });

  it('stop working once revoked, and revoking expires the cached key set on every instance', async () => {
    const doomed = await makeKey('Soon revoked');
    expect((await call(routes.tags, '/api/v1/tags', { headers: { authorization: `Bearer ${doomed}` } })).status).toBe(200);
    const [row] = await db.execute<{ id: number }>(sql`select id from api_keys where name = 'Soon revoked'`);
    await signInAs('admin');
    updateTag.mockClear();
    await expect(revokeApiKeyAction(form({ id: row!.id }))).rejects.toMatchObject({ digest: expect.stringContaining(`/admin/api-keys?revoked=${row!.id}`) });
    expect(updateTag).toHaveBeenCalledWith('api-keys');
    expect(await call(routes.tags, '/api/v1/tags', { headers: { authorization: `Bearer ${doomed}` } })).toMatchObject({ status: 401, body: { error: { code: 'invalid_key' } } });
  });

  it('are made by admins only, with a name that is refused, as typed, when it cannot be stored', async () => {
    await signInAs('editor');
    await expect(createApiKeyAction(idle, form({ name: 'Editor key' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    await signInAs('admin');
    const refused = await createApiKeyAction(idle, form({ name: 'bad\u0000name' }));
    expect(refused).toMatchObject({ status: 'error', values: { name: 'bad\u0000name' }, errors: { name: expect.stringContaining('Name contains a NUL') } });
    expect(refused.key).toBeUndefined();
    expect(await createApiKeyAction(idle, form({ name: '' }))).toMatchObject({ status: 'error', errors: { name: expect.stringContaining('Name') } });
  });

  it('are rate-limited per key: past the budget a 429 with Retry-After', async () => {
    (globalThis as { __musingsApiLimiter?: unknown }).__musingsApiLimiter = new RateLimiter(2);
    expect((await call(routes.tags, '/api/v1/tags')).headers.get('ratelimit-remaining')).toBe('1');
    expect((await call(routes.tags, '/api/v1/tags')).status).toBe(200);
    const third = await call(routes.tags, '/api/v1/tags');
    expect(third).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const other = await makeKey('Another client');
    expect((await call(routes.tags, '/api/v1/tags', { headers: { authorization: `Bearer ${other}` } })).status).toBe(200);
  });
});

describe('content API answers', () => {
  it('lists public posts newest first, paginated, matching the OpenAPI document', async () => {
    const first = await call(routes.posts, '/api/v1/posts?per_page=2');
    expect(first.status).toBe(200);
    expectMatchesSpec('/posts', first.body);
    expect(first.body!.data).toHaveLength(2);
    expect(first.body!.meta).toMatchObject({ page: 1, perPage: 2 });
    expect(first.body!.links.next).toBe('http://localhost:3000/api/v1/posts?page=2&per_page=2');
    const dates = first.body!.data.map((post: { publishedAt: string }) => post.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await call(routes.posts, '/api/v1/posts?page=2&per_page=2');
    expect(second.body!.data[0].slug).not.toBe(first.body!.data[0].slug);
  });

  it('filters by category, tag and author, and names a filter that matches nothing readers can see', async () => {
    const design = await call(routes.posts, '/api/v1/posts?category=design&per_page=50');
    expect(design.body!.data.length).toBeGreaterThan(0);
    expect(design.body!.data.every((post: { category: { slug: string } }) => post.category.slug === 'design')).toBe(true);
    const backend = await call(routes.posts, '/api/v1/posts?tag=backend');
    expect(backend.body!.data.map((post: { slug: string }) => post.slug)).toContain(TOP_10);
    const byAuthor = await call(routes.posts, `/api/v1/posts?author=${backend.body!.data[0].author.slug}`);
    expect(byAuthor.status).toBe(200);
    expect(await call(routes.posts, '/api/v1/posts?category=no-such-category')).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: expect.stringContaining('no-such-category') } } });
  });

  it('refuses query parameters it does not take, or malformed ones, naming them', async () => {
    for (const [query, named] of [
      ['?limit=5', 'limit'],
      ['?page=0', 'page'],
      ['?page=abc', 'page'],
      ['?per_page=51', 'per_page'],
      ['?tag=Not%20A%20Slug', 'tag'],
      ['?page=1&page=2', 'page'],
    ] as const) {
      const answer = await call(routes.posts, `/api/v1/posts${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body, query).toEqual({ error: { code: 'bad_request', message: expect.stringContaining(named) } });
    }
    expect((await call(routes.tags, '/api/v1/tags?x=1')).status).toBe(400);
  });

  it('gives the Top 10 post with its Markdown, rendered HTML, outline and the ten ranked frameworks', async () => {
    const answer = await call(routes.post, `/api/v1/posts/${TOP_10}`, { params: { slug: TOP_10 } });
    expect(answer.status).toBe(200);
    expectMatchesSpec('/posts/{slug}', answer.body);
    const post = answer.body!.data;
    const [stored] = await db.execute<{ body: string }>(sql`select body from posts where slug = ${TOP_10}`);
    expect(post.body.markdown).toBe(stored!.body);
    expect(post.body.html).toMatch(/^<p>Backend frameworks are libraries/);
    expect(post.body.html).toContain('The success of any web development project relies on choosing the right backend framework.');
    expect(post.body.html).not.toContain('[[ranked-list]]');
    expect(post.ranking).toHaveLength(10);
    expect(post.ranking.map((entry: { position: number }) => entry.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(post.ranking[0]).toMatchObject({ pros: expect.any(Array), cons: expect.any(Array), keyFeatures: expect.any(Array), overview: { markdown: expect.any(String), html: expect.stringContaining('<p>') } });
  });

  it('answers a repeat with the same ETag as a 304, and says no shared cache may keep it', async () => {
    const first = await call(routes.post, `/api/v1/posts/${TOP_10}`, { params: { slug: TOP_10 } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toContain('Authorization');
    const again = await call(routes.post, `/api/v1/posts/${TOP_10}`, { params: { slug: TOP_10 }, headers: { authorization: `Bearer ${key}`, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
  });

  it('hides drafts and trashed posts, and moves a renamed post with a 308', async () => {
    const draft = await createPost({ status: 'draft', publishedAt: null });
    expect((await call(routes.post, `/api/v1/posts/${draft.slug}`, { params: { slug: draft.slug } })).status).toBe(404);
    const list = await call(routes.posts, '/api/v1/posts?per_page=50');
    expect(list.body!.data.map((post: { slug: string }) => post.slug)).not.toContain(draft.slug);
    const renamed = await createPost();
    await db.execute(sql`insert into slug_redirects (kind, old_slug, target_id) values ('post', ${`${renamed.slug}-old`}, ${renamed.id})`);
    const moved = await call(routes.post, `/api/v1/posts/${renamed.slug}-old`, { params: { slug: `${renamed.slug}-old` } });
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe(`/api/v1/posts/${renamed.slug}`);
    expect((await call(routes.post, '/api/v1/posts/Not_A_Slug', { params: { slug: 'Not_A_Slug' } })).status).toBe(404);
  });

  it('gives frameworks, one framework, the ranking, categories, tags and authors, each matching the document', async () => {
    const frameworks = await call(routes.frameworks, '/api/v1/frameworks');
    expectMatchesSpec('/frameworks', frameworks.body);
    expect(frameworks.body!.data.length).toBeGreaterThanOrEqual(10);
    const slug = frameworks.body!.data[0].slug as string;
    const framework = await call(routes.framework, `/api/v1/frameworks/${slug}`, { params: { slug } });
    expectMatchesSpec('/frameworks/{slug}', framework.body);
    expect(framework.body!.data.rankedIn).toEqual([expect.objectContaining({ slug: TOP_10, position: 1 })]);
    const ranking = await call(routes.ranking, '/api/v1/ranking');
    expectMatchesSpec('/ranking', ranking.body);
    expect(ranking.body!.data.entries[0].slug).toBe(slug);
    for (const [route, path] of [
      [routes.categories, '/categories'],
      [routes.tags, '/tags'],
      [routes.authors, '/authors'],
    ] as const) {
      const answer = await call(route, `/api/v1${path}`);
      expect(answer.status, path).toBe(200);
      expectMatchesSpec(path, answer.body);
      expect(answer.body!.data.length, path).toBeGreaterThan(0);
    }
  });

  it('never shows an author’s e-mail', async () => {
    const authors = await call(routes.authors, '/api/v1/authors');
    expect(JSON.stringify(authors.body)).not.toMatch(/@[a-z0-9.-]+\.[a-z]{2,}/i);
  });
});
