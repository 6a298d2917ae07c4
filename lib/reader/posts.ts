import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getCategory, listCategoryCounts } from '@/lib/data/categories';
import { listRankedFrameworks } from '@/lib/data/frameworks';
import { getPostBySlug, getSlugRedirectTarget, listPosts, listPublicPostSlugs, listYearCounts, type PostListFilter } from '@/lib/data/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

// Cached reads for reader pages. Each result lives until a write invalidates
// one of its tags (lib/cache-tags.ts); a page view then touches no database.

export async function readPostList(filter: PostListFilter, page: number) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists, cacheTags.commentCounts);
  if (filter.categorySlug) cacheTag(cacheTags.category(filter.categorySlug));
  if (filter.year !== undefined) cacheTag(cacheTags.year(filter.year));
  return listPosts(filter, page);
}

/** A post and, for a "Top N" post, its ranked frameworks. */
export async function readPost(slug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postSlug(slug));
  const post = await getPostBySlug(slug);
  if (!post) return null;
  const ranked = await listRankedFrameworks(post.id);
  cacheTag(cacheTags.category(post.categorySlug), ...ranked.map((framework) => cacheTags.framework(framework.slug)));
  return { post, ranked };
}

/** The current slug of a post once published under `oldSlug`; tagged with the old slug, which a rename invalidates. */
export async function readSlugRedirect(oldSlug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postSlug(oldSlug));
  const target = await getSlugRedirectTarget(oldSlug);
  if (target) cacheTag(cacheTags.postSlug(target));
  return target;
}

export async function readPublicPostSlugs() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists);
  return listPublicPostSlugs();
}

export async function readCategory(slug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.category(slug), cacheTags.categoryIndex);
  return getCategory(slug);
}

export async function readCategoryCounts() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.categoryIndex, cacheTags.postLists);
  return listCategoryCounts();
}

export async function readYearCounts() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.yearIndex, cacheTags.postLists);
  return listYearCounts();
}
