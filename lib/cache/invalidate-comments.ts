import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/**
 * Expires the comment sections of the given pages, and the comment counts
 * in post lists when a post is among them. Server Actions only (updateTag),
 * so the moderator's next look at the page already shows the change.
 */
export function invalidateComments(targets: ReadonlyArray<{ kind: 'post' | 'framework'; slug: string }>): void {
  for (const target of targets) updateTag(cacheTags.comments(target.kind, target.slug));
  if (targets.some((target) => target.kind === 'post')) updateTag(cacheTags.commentCounts);
}
