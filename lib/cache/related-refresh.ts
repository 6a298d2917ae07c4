import { refreshAllRelatedPosts, refreshRelatedPostsAround } from '@/lib/data/related-posts';
import { invalidateRelated } from './invalidate';

/**
 * After a change to what posts say, their tags, category or whether readers see them: related
 * posts are worked out again (around the changed posts, or everywhere after a category or tag
 * merge or delete moved many at once) and the pages whose list changed expire. The change itself
 * is already committed, so a failure here is logged, not shown: the lists catch up with the next
 * change. Server Actions only (updateTag).
 */
export async function refreshRelatedPostPages(changed: { postIds: number[] } | 'everywhere'): Promise<void> {
  try {
    invalidateRelated(changed === 'everywhere' ? await refreshAllRelatedPosts() : await refreshRelatedPostsAround(changed.postIds));
  } catch (error) {
    console.error('Related posts were not worked out again after a post change:', error);
  }
}
