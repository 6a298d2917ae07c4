import 'server-only';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, frameworks, postFrameworks, posts, users } from '@/db/schema';
import { readingMinutes } from '@/lib/reading-time';
import { getRedirectTarget } from './slug-redirects';
import { hasTag, tagsOfPost } from './tags';
import type { Page, PostDetail, PostSummary, YearCount } from './types';
import { isPubliclyVisible } from './visibility';

export const POSTS_PER_PAGE = 10;

const summaryColumns = {
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: sql<Date>`${posts.publishedAt}`.mapWith(posts.publishedAt),
  authorName: users.name,
  authorSlug: users.slug,
  categorySlug: categories.slug,
  categoryName: categories.name,
  featureMediaId: posts.featureMediaId,
  tags: tagsOfPost,
};

/**
 * What a reader reads of a post: its body and, for a "Top N" post, the text of the frameworks it
 * ranks (rendered in its middle). Selected only to count its words (lib/reading-time.ts), in the
 * cached reads, so a view runs no query for it.
 */
export const readingTextColumns = {
  body: posts.body,
  rankedText: sql<string>`(select coalesce(string_agg(${frameworks.searchText}, ' '), '') from ${postFrameworks} join ${frameworks} on ${frameworks.id} = ${postFrameworks.frameworkId} where ${postFrameworks.postId} = ${posts.id})`,
};

function withReadingTime<T extends { body: string; rankedText: string }>({ body, rankedText, ...rest }: T) {
  return { ...rest, readingMinutes: readingMinutes(body, rankedText) };
}

export interface PostListFilter {
  categorySlug?: string;
  tagSlug?: string;
  authorSlug?: string;
  year?: number;
}

function filterConditions({ categorySlug, tagSlug, authorSlug, year }: PostListFilter): SQL {
  const conditions: SQL[] = [isPubliclyVisible];
  if (categorySlug !== undefined) conditions.push(eq(categories.slug, categorySlug));
  if (tagSlug !== undefined) conditions.push(hasTag(tagSlug));
  if (authorSlug !== undefined) conditions.push(eq(users.slug, authorSlug));
  if (year !== undefined) {
    conditions.push(gte(posts.publishedAt, new Date(Date.UTC(year, 0, 1))));
    conditions.push(lt(posts.publishedAt, new Date(Date.UTC(year + 1, 0, 1))));
  }
  return and(...conditions)!;
}

/** Newest first. `page` is 1-based; a page past the end comes back empty. */
export async function listPosts(filter: PostListFilter = {}, page = 1, perPage = POSTS_PER_PAGE): Promise<Page<PostSummary>> {
  const rows = await db
    .select({
      ...summaryColumns,
      ...readingTextColumns,
      // Approved comments, counted through the comments (target, status, created_at) index.
      commentCount: sql<number>`(select count(*) from comments c where c.target_kind = 'post' and c.target_id = ${posts.id} and c.status = 'approved')`.mapWith(Number),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(filterConditions(filter))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  // The window count is missing when the page is past the end; count separately then.
  const total = rows[0]?.total ?? (page > 1 ? await countPosts(filter) : 0);
  return {
    items: rows.map(({ total: _total, ...summary }) => withReadingTime(summary)),
    page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    total,
  };
}

async function countPosts(filter: PostListFilter): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(filterConditions(filter));
  return row?.count ?? 0;
}

export async function getPostBySlug(slug: string): Promise<PostDetail | null> {
  const [row] = await db
    .select({ ...summaryColumns, ...readingTextColumns, id: posts.id, updatedAt: posts.updatedAt })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(and(eq(posts.slug, slug), isPubliclyVisible));
  return row ? { ...withReadingTime(row), body: row.body } : null;
}

export async function listYearCounts(): Promise<YearCount[]> {
  const year = sql<number>`extract(year from ${posts.publishedAt} at time zone 'UTC')::int`;
  return db
    .select({ year, postCount: sql<number>`count(*)::int` })
    .from(posts)
    .where(isPubliclyVisible)
    .groupBy(year)
    .orderBy(desc(year));
}

/** Every public post, for the sitemap and for prerendering. */
export async function listPublicPostSlugs(): Promise<Array<{ slug: string; updatedAt: Date }>> {
  return db
    .select({ slug: posts.slug, updatedAt: posts.updatedAt })
    .from(posts)
    .where(isPubliclyVisible)
    .orderBy(desc(posts.publishedAt));
}

/** Where a renamed post's old slug now points, when that post is public. */
export async function getSlugRedirectTarget(oldSlug: string): Promise<string | null> {
  return getRedirectTarget('post', oldSlug);
}
