import { cacheTag } from 'next/cache';
import { bodyEtag } from '@/lib/cache/shared-cache.mjs';
import { cacheTags } from '@/lib/cache-tags';
import { FLAGSHIP_POST_SLUG } from '@/lib/data/frameworks';
import type { PostListFilter } from '@/lib/data/posts';
import type { RankedFramework } from '@/lib/data/types';
import { splitAtRankedList } from '@/lib/ranked-list';
import { readFramework, readFrameworkComparison, readFrameworkSlugRedirect } from '@/lib/reader/frameworks';
import { renderWithLibraryImages } from '@/lib/reader/markdown';
import { readAuthor, readCategory, readCategoryCounts, readPost, readPostList, readPublicAuthors, readSlugRedirect, readTag, readTagCounts } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import { frameworkOf, imageOf, postDetailOf, postSummaryOf, rankingEntryOf } from './shapes';

/**
 * Every content API answer, serialized and hashed once and kept in the data cache under the same
 * tags as the reader pages that show the same content. An edit expires both together; a request
 * for a cached document runs no query and hashes nothing (its ETag was made with it).
 */
export interface ApiDocument {
  json: string;
  etag: string;
}

/** What a route answers: a document, a permanent move (a renamed post or framework), or nothing by that name. */
export type ApiAnswer = { document: ApiDocument } | { movedTo: string } | { notFound: string };

function documentOf(value: unknown): ApiDocument {
  const json = JSON.stringify(value);
  return { json, etag: bodyEtag(json) };
}

export const API_BASE = '/api/v1';

export interface PostListQuery extends Pick<PostListFilter, 'categorySlug' | 'tagSlug' | 'authorSlug'> {
  page: number;
  perPage: number;
}

function listLink(query: PostListQuery, page: number): string {
  const search = new URLSearchParams();
  if (query.categorySlug) search.set('category', query.categorySlug);
  if (query.tagSlug) search.set('tag', query.tagSlug);
  if (query.authorSlug) search.set('author', query.authorSlug);
  if (page > 1) search.set('page', String(page));
  if (query.perPage !== 10) search.set('per_page', String(query.perPage));
  const rest = search.toString();
  return absoluteUrl(`${API_BASE}/posts${rest ? `?${rest}` : ''}`);
}

/** The filter's category, tag or author that readers cannot see, named for the 404; null when all exist. */
async function missingFilterTarget({ categorySlug, tagSlug, authorSlug }: PostListQuery): Promise<string | null> {
  if (categorySlug !== undefined && !(await readCategory(categorySlug))) return `There is no category “${categorySlug}”.`;
  if (tagSlug !== undefined && !(await readTag(tagSlug))) return `No public post has the tag “${tagSlug}”.`;
  if (authorSlug !== undefined && !(await readAuthor(authorSlug))) return `No author “${authorSlug}” has a public post.`;
  return null;
}

export async function readPostListDocument(query: PostListQuery): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const missing = await missingFilterTarget(query);
  if (missing) return { notFound: missing };
  const { page, perPage, ...filter } = query;
  const list = await readPostList(filter, page, perPage);
  if (page > list.pageCount) return { notFound: `Page ${page} is past the last page (${list.pageCount}).` };
  return {
    document: documentOf({
      data: list.items.map(postSummaryOf),
      meta: { page, perPage, pageCount: list.pageCount, total: list.total },
      links: { self: listLink(query, page), prev: page > 1 ? listLink(query, page - 1) : null, next: page < list.pageCount ? listLink(query, page + 1) : null },
    }),
  };
}

async function rankingOf(ranked: RankedFramework[]) {
  return Promise.all(ranked.map(async (framework) => rankingEntryOf(framework, await renderWithLibraryImages(framework.overview))));
}

export async function readPostDocument(slug: string): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const found = await readPost(slug);
  if (!found) {
    const movedTo = await readSlugRedirect(slug);
    return movedTo ? { movedTo: `${API_BASE}/posts/${movedTo}` } : { notFound: `There is no public post “${slug}”.` };
  }
  const { before, after } = splitAtRankedList(found.post.body);
  const body = await renderWithLibraryImages([before, after].filter(Boolean).join('\n\n'));
  return { document: documentOf({ data: postDetailOf(found.post, body, await rankingOf(found.ranked)) }) };
}

/** The flagship "Top 10" post's ranking, in its order. */
export async function readRankingDocument(): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const found = await readPost(FLAGSHIP_POST_SLUG);
  if (!found) return { notFound: 'The ranking post is not public.' };
  const post = { slug: found.post.slug, title: found.post.title, url: absoluteUrl(paths.post(found.post.slug)) };
  return { document: documentOf({ data: { post, entries: await rankingOf(found.ranked) } }) };
}

export async function readFrameworkListDocument(): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const { ranked, others } = await readFrameworkComparison();
  const all = await Promise.all([...ranked, ...others].map(async (framework) => frameworkOf(framework, await renderWithLibraryImages(framework.overview))));
  return { document: documentOf({ data: all, meta: { total: all.length } }) };
}

export async function readFrameworkDocument(slug: string): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const found = await readFramework(slug);
  if (!found) {
    const movedTo = await readFrameworkSlugRedirect(slug);
    return movedTo ? { movedTo: `${API_BASE}/frameworks/${movedTo}` } : { notFound: `There is no public framework “${slug}”.` };
  }
  const rankedIn = found.rankedIn.map((post) => ({ slug: post.slug, title: post.title, position: post.position, url: absoluteUrl(paths.post(post.slug)) }));
  return { document: documentOf({ data: { ...frameworkOf(found.framework, await renderWithLibraryImages(found.framework.overview)), rankedIn } }) };
}

export async function readCategoryListDocument(): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const categories = await readCategoryCounts();
  cacheTag(...categories.map((category) => cacheTags.category(category.slug)));
  const data = categories.map((category) => ({ slug: category.slug, name: category.name, description: category.description, postCount: category.postCount, url: absoluteUrl(paths.category(category.slug)) }));
  return { document: documentOf({ data, meta: { total: data.length } }) };
}

export async function readTagListDocument(): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const tags = await readTagCounts();
  cacheTag(...tags.map((tag) => cacheTags.tag(tag.slug)));
  const data = tags.map((tag) => ({ slug: tag.slug, name: tag.name, postCount: tag.postCount, url: absoluteUrl(paths.tag(tag.slug)) }));
  return { document: documentOf({ data, meta: { total: data.length } }) };
}

export async function readAuthorListDocument(): Promise<ApiAnswer> {
  'use cache';
  await cacheForReaders();
  const authors = await readPublicAuthors();
  const data = await Promise.all(
    authors.map(async ({ slug, postCount }) => {
      const author = await readAuthor(slug);
      return author && { slug, name: author.name, bio: author.bio, postCount, url: absoluteUrl(paths.author(slug)), avatar: imageOf(author.avatar) };
    }),
  );
  const found = data.filter((author) => author !== null);
  return { document: documentOf({ data: found, meta: { total: found.length } }) };
}
