import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getAuthorOfPost, getPublicAuthor, listPublicAuthors } from '@/lib/data/authors';
import { getCategory, listCategoryCounts } from '@/lib/data/categories';
import { listRankedFrameworks } from '@/lib/data/frameworks';
import { getPostBySlug, getSlugRedirectTarget, listPosts, POSTS_PER_PAGE, listPublicPostSlugs, listYearCounts, type PostListFilter } from '@/lib/data/posts';
import type { MediaRendition } from '@/lib/data/media';
import { readMediaRendition } from '@/lib/reader/media';
import { cacheForReaders } from '@/lib/reader/schedule';
import { listRelatedPosts } from '@/lib/data/related-posts';
import { getPublicTag, listTagCounts } from '@/lib/data/tags';
import { getRedirectTarget } from '@/lib/data/slug-redirects';

// Cached reads for reader pages. Each result lives until a write invalidates
// one of its tags (lib/cache-tags.ts); a page view then touches no database.

export async function readPostList(filter: PostListFilter, page: number, perPage = POSTS_PER_PAGE) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists, cacheTags.commentCounts);
  if (filter.categorySlug) cacheTag(cacheTags.category(filter.categorySlug));
  if (filter.tagSlug) cacheTag(cacheTags.tag(filter.tagSlug));
  if (filter.authorSlug) cacheTag(cacheTags.author(filter.authorSlug));
  if (filter.year !== undefined) cacheTag(cacheTags.year(filter.year));
  const list = await listPosts(filter, page, perPage);
  return { ...list, items: await withFeatureImages(list.items) };
}

/** Each post's feature image, read through the per-image cache so the list takes the image's tag. */
async function withFeatureImages<T extends { featureMediaId: number | null }>(items: T[]): Promise<Array<T & { featureImage: MediaRendition | null }>> {
  return Promise.all(items.map(async (item) => ({ ...item, featureImage: item.featureMediaId === null ? null : await readMediaRendition(item.featureMediaId) })));
}

/** A post and, for a "Top N" post, its ranked frameworks. */
export async function readPost(slug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postSlug(slug));
  const found = await getPostBySlug(slug);
  if (!found) return null;
  const post = { ...found, featureImage: found.featureMediaId === null ? null : await readMediaRendition(found.featureMediaId) };
  const ranked = await listRankedFrameworks(post.id);
  const related = await listRelatedPosts(post.id);
  cacheTag(
    // A related post's new title, or its going back to draft, shows here too.
    ...related.map((other) => cacheTags.postSlug(other.slug)),
    cacheTags.category(post.categorySlug),
    cacheTags.author(post.authorSlug),
    ...post.tags.map((tag) => cacheTags.tag(tag.slug)),
    ...ranked.map((framework) => cacheTags.framework(framework.slug)),
  );
  return { post, ranked, related };
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

/** The current slug of a category or tag renamed or merged away from `oldSlug`; tagged with both, which such a change invalidates. */
export async function readTaxonomyRedirect(kind: 'category' | 'tag', oldSlug: string) {
  'use cache';
  await cacheForReaders();
  const tagOf = kind === 'category' ? cacheTags.category : cacheTags.tag;
  cacheTag(tagOf(oldSlug));
  const target = await getRedirectTarget(kind, oldSlug);
  if (target) cacheTag(tagOf(target));
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

/** A tag's page heading; null (a 404) for a tag no public post carries. Any post change may change that, hence the lists' tag. */
export async function readTag(slug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.tag(slug), cacheTags.postLists);
  return getPublicTag(slug);
}

/** The portrait, read through the per-image cache so the entry takes the image's tag. */
async function withAvatar<T extends { avatarMediaId: number | null }>(author: T): Promise<T & { avatar: MediaRendition | null }> {
  return { ...author, avatar: author.avatarMediaId === null ? null : await readMediaRendition(author.avatarMediaId) };
}

/** An author's page heading; null (a 404) for someone with no public post (so any post change may change it, hence the lists' tag). */
export async function readAuthor(slug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.author(slug), cacheTags.postLists);
  const author = await getPublicAuthor(slug);
  return author && withAvatar(author);
}

/**
 * The box under a post: who wrote it. Tagged with the author only: unlike `readAuthor`, it does
 * not ask whether they have a public post (the post being shown is one), so no list change touches it.
 */
export async function readPostAuthor(slug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.author(slug));
  const author = await getAuthorOfPost(slug);
  return author && withAvatar(author);
}

export async function readPublicAuthors() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists);
  return listPublicAuthors();
}

export async function readTagCounts() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists);
  return listTagCounts();
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
