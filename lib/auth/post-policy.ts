import type { SessionUser } from '@/lib/data/users';

/**
 * Who may do what to a post. Authors write, publish and trash their own posts
 * only; editors and admins handle everyone's, and alone restore from or empty
 * the trash. Pages hide what a user may not do; actions check again here.
 */
export function canEditPost(user: SessionUser, post: { authorId: number }): boolean {
  return user.role !== 'author' || post.authorId === user.id;
}

export function canManageTrash(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'editor';
}
