import { site } from '@/lib/site';
import { MAX_PER_PAGE } from './query';

/**
 * The content API's OpenAPI 3.1 description, served at /api/v1/openapi.json. Every object is closed
 * (additionalProperties: false), so tests/integration/content-api.int.test.ts, which checks real
 * answers against these schemas, fails when a field is added, renamed or dropped on one side only.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, unknown>, optional: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((name) => !optional.includes(name)),
  properties,
});
const string = { type: 'string' };
const url = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };
const count = { type: 'integer', minimum: 0 };
const strings = { type: 'array', items: string };
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const slugParameter = (what: string) => ({ name: 'slug', in: 'path', required: true, description: `The ${what}'s slug.`, schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } });
const listOf = (item: string) => object({ data: { type: 'array', items: ref(item) }, meta: object({ total: count }) });
const one = (item: string) => object({ data: ref(item) });

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const errors = {
  '400': errorResponse('A query parameter the route does not take, given twice, or malformed; the message names it.'),
  '401': errorResponse('No key, or a key that is not valid or was revoked.'),
  '404': errorResponse('Nothing public by that name.'),
  '429': errorResponse('This key spent its requests for the minute; Retry-After says when to try again.'),
  '503': errorResponse('The database is unreachable and the answer is not cached; Retry-After says when to try again.'),
};
const answer = (description: string, schema: string, extra: Record<string, unknown> = {}) => ({
  description,
  headers: { ETag: { schema: string, description: 'Send it back as If-None-Match to get a 304 while nothing changed.' } },
  content: { 'application/json': { schema: ref(schema) } },
  ...extra,
});
const moved = { '308': { description: 'The slug was renamed: Location is the new address.', headers: { Location: { schema: string } } } };
const notModified = { '304': { description: 'Unchanged since the ETag sent in If-None-Match.' } };
const get = (summary: string, description: string, schema: string, parameters: unknown[] = [], more: Record<string, unknown> = {}) => ({
  get: { summary, description, parameters, responses: { '200': answer(summary, schema), ...notModified, ...more, ...errors } },
});

const image = object({ url, width: count, height: count, alt: string, caption: string, variants: { type: 'array', items: object({ width: count, url }) } });
const named = object({ slug: string, name: string, url });
const text = object({ markdown: string, html: { type: 'string', description: 'Rendered and sanitized exactly as on the site; image addresses are relative to the site.' } });

const frameworkProperties = {
  slug: string,
  name: string,
  url,
  language: string,
  firstReleased: { type: 'integer' },
  creator: string,
  architecture: string,
  bestFor: string,
  overview: text,
  pros: strings,
  cons: strings,
  bestUseCasesSummary: nullable(string),
  bestUseCases: strings,
  keyFeatures: strings,
  updatedAt: dateTime,
};

const postSummaryProperties = {
  slug: string,
  title: string,
  excerpt: string,
  url,
  publishedAt: dateTime,
  readingMinutes: count,
  commentCount: nullable(count),
  author: named,
  category: named,
  tags: { type: 'array', items: named },
  featureImage: nullable(ref('Image')),
};

const schemas = {
  Error: object({ error: object({ code: { type: 'string', enum: ['missing_key', 'invalid_key', 'rate_limited', 'bad_request', 'not_found', 'method_not_allowed', 'unavailable', 'internal_error'] }, message: string }) }),
  Image: image,
  PostSummary: object(postSummaryProperties),
  Post: object({
    ...postSummaryProperties,
    updatedAt: dateTime,
    body: { ...text, description: 'The Markdown as written (a "Top N" post may hold the [[ranked-list]] marker where its ranking goes) and the HTML without the ranking, which `ranking` carries.' },
    outline: { type: 'array', items: object({ id: string, text: string, depth: { type: 'integer', minimum: 1, maximum: 6 } }) },
    ranking: { type: 'array', items: ref('RankingEntry') },
  }),
  Framework: object(frameworkProperties),
  FrameworkDetail: object({ ...frameworkProperties, rankedIn: { type: 'array', items: object({ slug: string, title: string, position: count, url }) } }),
  RankingEntry: object({ position: { type: 'integer', minimum: 1 }, published: { type: 'boolean' }, ...frameworkProperties, url: nullable(url) }),
  Ranking: object({ post: object({ slug: string, title: string, url }), entries: { type: 'array', items: ref('RankingEntry') } }),
  Category: object({ slug: string, name: string, description: string, postCount: count, url }),
  Tag: object({ slug: string, name: string, postCount: count, url }),
  Author: object({ slug: string, name: string, bio: string, postCount: count, url, avatar: nullable(ref('Image')) }),
  PostPage: object({
    data: { type: 'array', items: ref('PostSummary') },
    meta: object({ page: { type: 'integer', minimum: 1 }, perPage: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE }, pageCount: { type: 'integer', minimum: 1 }, total: count }),
    links: object({ self: url, prev: nullable(url), next: nullable(url) }),
  }),
  PostDocument: one('Post'),
  FrameworkList: listOf('Framework'),
  FrameworkDocument: one('FrameworkDetail'),
  RankingDocument: one('Ranking'),
  CategoryList: listOf('Category'),
  TagList: listOf('Tag'),
  AuthorList: listOf('Author'),
};

const filter = (name: string, what: string) => ({ name, in: 'query', required: false, description: `Only posts ${what}.`, schema: { type: 'string' } });
const page = { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } };
const perPage = { name: 'per_page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: 10 } };

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: `${site.name} content API`,
    version: '1.0.0',
    description:
      'Read-only JSON of everything the site publishes: posts, frameworks, the ranking, categories, tags and authors. Send a key made at /admin/api-keys as `Authorization: Bearer <key>`. Answers carry an ETag; send it back as If-None-Match for a 304. Errors are `{ "error": { "code", "message" } }`.',
  },
  servers: [{ url: '/api/v1' }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A key from /admin/api-keys (it starts with msk_). X-Api-Key: <key> works too.' } },
    schemas,
  },
  paths: {
    '/posts': get('Public posts, newest first', 'Paginated; filter by category, tag or author slug.', 'PostPage', [filter('category', 'in this category'), filter('tag', 'with this tag'), filter('author', 'by this author'), page, perPage]),
    '/posts/{slug}': get('One public post', 'With its Markdown, its rendered HTML, its outline and, for a "Top N" post, its ranking.', 'PostDocument', [slugParameter('post')], moved),
    '/frameworks': get('Every public framework', 'The ranked ones in rank order, then the others by name.', 'FrameworkList'),
    '/frameworks/{slug}': get('One public framework', 'With the public posts that rank it.', 'FrameworkDocument', [slugParameter('framework')], moved),
    '/ranking': get('The flagship ranking', 'The "Top 10 Backend Frameworks" post and its entries in order.', 'RankingDocument'),
    '/categories': get('Every category', 'With counts of public posts.', 'CategoryList'),
    '/tags': get('Every tag in use', 'Tags that public posts carry, most used first.', 'TagList'),
    '/authors': get('Every author', 'People with at least one public post.', 'AuthorList'),
  },
} as const;
