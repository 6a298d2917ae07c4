import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/** Where a post is (or was) visible: enough to name every page that shows it. */
export interface PostPlacement {
  slug: string;
  categorySlug: string;
  publishedAt: Date | null;
}

/**
 * Expires every cached page that shows a post, before and after a change:
 * the post itself, the lists (home, feed, sitemap), its category and year
 * archives, the sidebar counts and search. Pass the placement before and
 * after the save, so a moved or renamed post leaves no stale page behind.
 *
 * updateTag (not revalidateTag) so the author's next load already shows the
 * change instead of a stale page while a new one renders; it is only allowed
 * in Server Actions, which is where every edit happens.
 */
export function invalidatePost(...placements: Array<PostPlacement | null>): void {
  const tags = new Set<string>([cacheTags.postLists, cacheTags.categoryIndex, cacheTags.yearIndex, cacheTags.search]);
  for (const placement of placements) {
    if (!placement) continue;
    tags.add(cacheTags.postSlug(placement.slug));
    tags.add(cacheTags.category(placement.categorySlug));
    if (placement.publishedAt) tags.add(cacheTags.year(placement.publishedAt.getUTCFullYear()));
  }
  for (const tag of tags) updateTag(tag);
}

/**
 * Expires a framework's page, the comparison table, search, and every "Top N"
 * post that ranks it (those posts tag themselves with the framework's tag).
 * Pass old and new slug after a rename.
 */
export function invalidateFramework(...slugs: string[]): void {
  const tags = new Set<string>([cacheTags.frameworkIndex, cacheTags.search]);
  for (const slug of slugs) tags.add(cacheTags.framework(slug));
  for (const tag of tags) updateTag(tag);
}

/** Posts whose related posts changed after an edit (lib/data/related-posts.ts): their pages show the new list. */
export function invalidateRelated(postSlugs: string[]): void {
  for (const slug of postSlugs) updateTag(cacheTags.postSlug(slug));
}

/** A ranking change touches one post and the frameworks that entered or left it. */
export function invalidateRanking(postSlug: string, frameworkSlugs: string[]): void {
  updateTag(cacheTags.postSlug(postSlug));
  invalidateFramework(...frameworkSlugs);
}

/** Editing or deleting an image: every page that shows it tagged itself with its hash. */
export function invalidateMedia(hash: string): void {
  updateTag(cacheTags.media(hash));
}

/**
 * Someone's name, bio or portrait changed: their author page and every post page showing their
 * byline (both tagged with the author), and the lists, feeds and search results that name them.
 */
export function invalidateAuthor(slug: string): void {
  for (const tag of [cacheTags.author(slug), cacheTags.postLists, cacheTags.search]) updateTag(tag);
}

/**
 * A category or tag renamed, merged or deleted: its pages under every slug involved (old and
 * new, source and target), and every post it moved or renamed, as a post save expires them
 * (the post pages, their categories and years, the lists, feeds, sitemap, sidebar and search).
 */
export function invalidateTaxonomy(kind: 'category' | 'tag', slugs: string[], placements: PostPlacement[]): void {
  for (const slug of new Set(slugs)) updateTag(kind === 'category' ? cacheTags.category(slug) : cacheTags.tag(slug));
  invalidatePost(...placements);
}

/** A content API key made or revoked: the set every instance checks keys against (lib/api/keys.ts). */
export function invalidateApiKeys(): void {
  updateTag(cacheTags.apiKeys);
}
