import type { EditablePost } from '@/lib/data/post-editing';
import type { PostField } from '@/lib/validation/post';
import { formatTagList } from '@/lib/validation/tags';

/** The stored post as the form's field strings. Times go out in UTC; the form shows them in local time. */
export function editorValues(post: EditablePost): Record<PostField, string> {
  const scheduledAt = post.status === 'scheduled' && post.publishedAt ? post.publishedAt : null;
  return {
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    categoryId: String(post.categoryId),
    tags: formatTagList(post.tags),
    body: post.body,
    status: post.status,
    publishAt: scheduledAt ? scheduledAt.toISOString().slice(0, 16) : '',
    publishAtIso: scheduledAt ? scheduledAt.toISOString() : '',
    version: String(post.version),
  };
}
