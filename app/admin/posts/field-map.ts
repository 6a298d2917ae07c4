import type { FieldMap } from '@/lib/diff/fields';
import type { PostContent } from '@/lib/data/post-editing';

/** The fields a post's history and conflicts compare, in reading order. */
export const POST_LABELS = {
  title: 'Title',
  slug: 'Slug',
  excerpt: 'Excerpt',
  category: 'Category',
  tags: 'Tags',
  status: 'Status',
  publishedAt: 'Publish time',
  body: 'Body',
} as const;

/** A revision's content as the diff reads it: the category by name, not by id. */
export function postFieldMap(content: PostContent, categoryNames: ReadonlyMap<number, string>): FieldMap {
  return {
    title: content.title,
    slug: content.slug,
    excerpt: content.excerpt,
    category: categoryNames.get(content.categoryId) ?? `#${content.categoryId}`,
    // One tag per line, as lists compare; a revision from before tags has none to show.
    tags: content.tags ?? [],
    status: content.status,
    publishedAt: content.publishedAt,
    body: content.body,
  };
}
